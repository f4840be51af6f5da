using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages;

public sealed class IndexModel : PageModel
{
    /// <summary>The dashboards of the signed-in user's roles, in the order of the navigation.</summary>
    public IReadOnlyList<(string Role, string Page, string Title)> Dashboards { get; private set; } = [];

    /// <summary>A message from the page that sent the visitor here (for example after erasing an account).</summary>
    [TempData]
    public string? StatusMessage { get; set; }

    public IActionResult OnGet()
    {
        Dashboards = new (string Role, string Page, string Title)[]
        {
            (Roles.Candidate, "/Candidate/Index", "My applications"),
            (Roles.Assessor, "/Assess/Index", "Assessments waiting for you"),
            (Roles.Mentor, "/Mentoring/Index", "Mentoring"),
            (Roles.HeadOfMission, "/Mentoring/Index", "Mentoring"),
            (Roles.HR, "/Hr/Index", "Selection and mentoring administration"),
            (Roles.Admin, "/Admin/Index", "Administration"),
        }.Where(d => User.IsInRole(d.Role)).DistinctBy(d => d.Page).ToList();

        // Someone with a single area goes straight to it; people with several choose.
        return Dashboards.Count == 1 ? RedirectToPage(Dashboards[0].Page) : Page();
    }
}

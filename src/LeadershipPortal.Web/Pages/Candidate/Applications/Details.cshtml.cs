using LeadershipPortal.Web.Features.Applications;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Candidate.Applications;

public sealed class DetailsModel(CandidateApplicationViews views) : PageModel
{
    public MyApplicationDetails Application { get; private set; } = null!;

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var application = await views.FindAsync(User.RequiredUserId(), id, cancellationToken);
        if (application is null)
        {
            return NotFound();
        }

        Application = application;
        return Page();
    }
}

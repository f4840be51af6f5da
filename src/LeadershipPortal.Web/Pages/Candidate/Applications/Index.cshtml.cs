using LeadershipPortal.Web.Features.Applications;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Candidate.Applications;

public sealed class IndexModel(CandidateApplicationViews views) : PageModel
{
    public IReadOnlyList<MyApplicationRow> Applications { get; private set; } = [];

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Applications = await views.ListAsync(User.RequiredUserId(), cancellationToken);
}

using LeadershipPortal.Web.Features.Dashboards;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Candidate;

public sealed class IndexModel(CandidateDashboard dashboard) : PageModel
{
    public CandidateDashboardView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await dashboard.LoadAsync(User.RequiredUserId(), cancellationToken);
}

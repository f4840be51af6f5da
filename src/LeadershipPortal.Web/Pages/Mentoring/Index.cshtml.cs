using LeadershipPortal.Web.Features.Dashboards;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Mentoring;

public sealed class IndexModel(MentoringDashboard dashboard) : PageModel
{
    public MentoringDashboardView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await dashboard.LoadAsync(User.RequiredUserId(), cancellationToken);
}

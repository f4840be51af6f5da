using LeadershipPortal.Web.Features.Dashboards;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Hr;

public sealed class IndexModel(HrDashboard dashboard) : PageModel
{
    public HrDashboardView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = await dashboard.LoadAsync(cancellationToken);
}

using LeadershipPortal.Web.Features.Dashboards;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Admin;

public sealed class IndexModel(AdminDashboard dashboard) : PageModel
{
    public AdminDashboardView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = await dashboard.LoadAsync(cancellationToken);
}

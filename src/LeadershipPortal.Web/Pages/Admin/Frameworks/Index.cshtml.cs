using LeadershipPortal.Web.Features.Frameworks;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Admin.Frameworks;

public sealed class IndexModel(FrameworkAdministration frameworks) : PageModel
{
    public IReadOnlyList<FrameworkRow> Frameworks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Frameworks = await frameworks.ListAsync(cancellationToken);
}

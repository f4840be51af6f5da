using LeadershipPortal.Web.Features.GenderBalance;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Hr.GenderBalance;

/// <summary>
/// Every nominating State's nominees for all applications (a State is itself a filter, so the table has no filters).
/// Its own page: with some ninety States it outweighs the whole dashboard, which shows a summary and links here.
/// </summary>
public sealed class StatesModel(GenderBalanceReport report) : PageModel
{
    public IReadOnlyList<StateRow> States { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        States = (await report.PageAsync(GenderBalanceFilter.None, cancellationToken)).View!.States;
}

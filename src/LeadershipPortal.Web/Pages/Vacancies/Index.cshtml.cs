using LeadershipPortal.Web.Features.Common;
using LeadershipPortal.Web.Features.Vacancies;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Vacancies;

public sealed class IndexModel(VacancyCatalog catalog, TimeProvider time) : PageModel
{
    public PagedResult<VacancySummary> Vacancies { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public DateTime NowUtc { get; private set; }

    public async Task OnGetAsync(int? p, CancellationToken cancellationToken)
    {
        NowUtc = time.GetUtcNow().UtcDateTime;
        Vacancies = await catalog.ListOpenAsync(Paging.Normalise(p), cancellationToken: cancellationToken);
    }
}

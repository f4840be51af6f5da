using LeadershipPortal.Domain.Common;
using LeadershipPortal.Web.Features.Common;
using LeadershipPortal.Web.Features.Vacancies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Vacancies;

public sealed class IndexModel(VacancyCatalog catalog, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Mission { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Position { get; set; }

    [BindProperty(SupportsGet = true)]
    public Region? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    public PagedResult<VacancySummary> Vacancies { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public VacancyFilterOptions Options { get; private set; } = new([], [], [], []);

    public VacancyFilter Filter { get; private set; } = new(null, null, null, null);

    public DateTime NowUtc { get; private set; }

    public async Task OnGetAsync(int? p, CancellationToken cancellationToken)
    {
        // A hand-edited or stale address never breaks the page: a value that cannot be read is not applied.
        ModelState.Clear();
        NowUtc = time.GetUtcNow().UtcDateTime;
        Filter = new VacancyFilter(Clean(Mission), Clean(Position), Region, Clean(Language));
        Options = await catalog.FilterOptionsAsync(cancellationToken);
        Vacancies = await catalog.ListOpenAsync(Filter, Paging.Normalise(p), cancellationToken: cancellationToken);
    }

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) || value.Length > 40 ? null : value.Trim();
}

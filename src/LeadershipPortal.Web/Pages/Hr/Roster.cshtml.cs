using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Web.Features.Common;
using LeadershipPortal.Web.Features.Selection;
using LeadershipPortal.Web.Features.Vacancies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Hr;

public sealed class RosterModel(Roster roster, VacancyAdministration vacancies) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? PositionTypeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Region? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public Readiness? Readiness { get; set; }

    [BindProperty(SupportsGet = true)]
    public Gender? Gender { get; set; }

    public PagedResult<RosterRow> Rows { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public IReadOnlyList<Option> PositionTypes { get; private set; } = [];

    public async Task OnGetAsync(int? p, CancellationToken cancellationToken)
    {
        // A malformed filter value is simply not applied; the page never fails on a hand-edited address.
        ModelState.Clear();
        PositionTypes = (await vacancies.OptionsAsync(cancellationToken)).PositionTypes;
        Rows = await roster.ListAsync(new RosterFilter(PositionTypeId, Region, Language, Readiness, Gender), Paging.Normalise(p), cancellationToken: cancellationToken);
    }
}

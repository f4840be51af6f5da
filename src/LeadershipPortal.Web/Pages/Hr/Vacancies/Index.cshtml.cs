using LeadershipPortal.Web.Features.Vacancies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Hr.Vacancies;

public sealed class IndexModel(VacancyAdministration administration) : PageModel
{
    public IReadOnlyList<HrVacancyListRow> Vacancies { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Vacancies = await administration.ListAsync(cancellationToken);
}

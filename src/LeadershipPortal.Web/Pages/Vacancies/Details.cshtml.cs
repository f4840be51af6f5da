using LeadershipPortal.Web.Features.Vacancies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Vacancies;

public sealed class DetailsModel(VacancyCatalog catalog, TimeProvider time) : PageModel
{
    public VacancyDetails Vacancy { get; private set; } = null!;

    public bool IsOpen { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var vacancy = await catalog.FindPublicAsync(id, cancellationToken);
        if (vacancy is null)
        {
            return NotFound();
        }

        Vacancy = vacancy;
        IsOpen = vacancy.IsOpen(time.GetUtcNow().UtcDateTime);
        return Page();
    }
}

using System.ComponentModel.DataAnnotations;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Vacancies;
using LeadershipPortal.Web.Features.Vacancies;
using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Pages.Hr.Vacancies;

public sealed class EditModel(VacancyAdministration administration, TimeProvider time, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public VacancyFormOptions Options { get; private set; } = null!;

    public VacancyStatus Status { get; private set; } = VacancyStatus.Draft;

    public int? Id { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Give the vacancy a reference, such as MONUSCO-HOM-2027.")]
        [RegularExpression("^[A-Za-z0-9-]{3,40}$", ErrorMessage = "Use 3 to 40 letters, digits and hyphens.")]
        [Display(Name = "Reference")]
        public string Key { get; set; } = string.Empty;

        [Required(ErrorMessage = "Give the vacancy a title.")]
        [StringLength(200, ErrorMessage = "The title can be at most {1} characters.")]
        [Display(Name = "Title")]
        public string Title { get; set; } = string.Empty;

        [Display(Name = "Mission")]
        public int MissionId { get; set; }

        [Display(Name = "Position type")]
        public int PositionTypeId { get; set; }

        [Display(Name = "Grade")]
        public Grade Grade { get; set; }

        [Display(Name = "Opens on (UTC)")]
        public DateOnly OpensOn { get; set; }

        [Display(Name = "Closes on (UTC)")]
        public DateOnly ClosesOn { get; set; }

        [Range(0, 100, ErrorMessage = "A gender target is a percentage from 0 to 100.")]
        [Display(Name = "Target share of women on the shortlist (%)")]
        public int? GenderTargetPercent { get; set; }

        public List<string> RequiredLanguages { get; set; } = [];

        public List<string> DesiredLanguages { get; set; } = [];

        public List<Region> Regions { get; set; } = [];

        public List<MandateArea> MandateAreas { get; set; } = [];

        [Range(0, 40, ErrorMessage = "Minimum years in senior posts must be between 0 and 40.")]
        [Display(Name = "Minimum years in senior posts")]
        public int MinimumYears { get; set; }

        [StringLength(2000, ErrorMessage = "What the mission needs can be at most {1} characters.")]
        [Display(Name = "What the mission needs now")]
        public string? Summary { get; set; }

        /// <summary>Keyed by competency id; a competency is chosen when its weight is above zero.</summary>
        public Dictionary<int, CompetencyInput> Competencies { get; set; } = [];
    }

    public sealed class CompetencyInput
    {
        public int Weight { get; set; }

        public int MinimumRating { get; set; } = 3;
    }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Options = await administration.OptionsAsync(cancellationToken);
        if (id is null)
        {
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            Input = new InputModel { OpensOn = today, ClosesOn = today.AddDays(60), GenderTargetPercent = 50, MinimumYears = 10 };
            return Page();
        }

        var found = await administration.FindAsync(id.Value, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        var v = found.Value.Vacancy;
        Id = v.Id;
        Status = v.Status;
        Input = new InputModel
        {
            Key = v.Key, Title = v.Title, MissionId = v.MissionId, PositionTypeId = v.PositionTypeId, Grade = v.Grade,
            OpensOn = DateOnly.FromDateTime(v.OpensAtUtc), ClosesOn = DateOnly.FromDateTime(v.ClosesAtUtc),
            GenderTargetPercent = v.GenderTargetPercent, RequiredLanguages = v.Needs.RequiredLanguages, DesiredLanguages = v.Needs.DesiredLanguages,
            Regions = v.Needs.Regions, MandateAreas = v.Needs.MandateAreas, MinimumYears = v.Needs.MinimumYearsInSeniorPosts, Summary = v.Needs.Summary,
            Competencies = v.Competencies.ToDictionary(c => c.CompetencyId, c => new CompetencyInput { Weight = c.Weight, MinimumRating = c.MinimumRating }),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var input = new VacancyInput(
                Input.Key, Input.Title, Input.MissionId, Input.PositionTypeId, Input.Grade, Input.OpensOn, Input.ClosesOn, Input.GenderTargetPercent,
                Input.RequiredLanguages, Input.DesiredLanguages, Input.Regions, Input.MandateAreas, Input.MinimumYears, Input.Summary,
                Input.Competencies.Where(c => c.Value.Weight != 0).Select(c => new CompetencyChoice(c.Key, c.Value.Weight, c.Value.MinimumRating)).ToList());
            var (savedId, errors) = await administration.SaveAsync(User.RequiredUserId(), id, input, cancellationToken);
            if (errors.Count == 0)
            {
                TempData["StatusMessage"] = localizer["The vacancy is saved."].Value;
                return RedirectToPage("/Hr/Vacancies/Details", new { id = savedId });
            }

            foreach (var (field, message) in errors)
            {
                ModelState.AddModelError(field.Length == 0 ? string.Empty : $"Input.{field}", localizer.Say(message));
            }
        }

        Options = await administration.OptionsAsync(cancellationToken);
        if (id is not null)
        {
            var found = await administration.FindAsync(id.Value, cancellationToken);
            if (found is null)
            {
                return NotFound();
            }

            Id = id;
            Status = found.Value.Vacancy.Status;
        }

        return Page();
    }
}

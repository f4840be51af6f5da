using LeadershipPortal.Web.Features.Localization;
using Microsoft.Extensions.Localization;
using System.ComponentModel.DataAnnotations;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Web.Features.Candidates;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Candidate;

public sealed class ProfileModel(CandidateProfileService profiles, IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const int BlankLanguageRows = 2;
    private const int BlankMissionRows = 1;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public ProfileCompleteness Completeness { get; private set; } = null!;

    public IReadOnlyList<MemberStateOption> MemberStates { get; private set; } = [];

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your full name.")]
        [StringLength(200, ErrorMessage = "Your full name can be at most {1} characters.")]
        [Display(Name = "Full name")]
        public string FullName { get; set; } = string.Empty;

        public Gender? Gender { get; set; }

        [Display(Name = "Nationality")]
        public int? NationalityId { get; set; }

        public NominationKind? NominationKind { get; set; }

        [Display(Name = "Nominating Member State")]
        public int? NominatingStateId { get; set; }

        [StringLength(200, ErrorMessage = "The nominating authority can be at most {1} characters.")]
        [Display(Name = "Nominating authority")]
        public string? NominatingAuthority { get; set; }

        [Display(Name = "Date of nomination")]
        public DateOnly? NominatedOn { get; set; }

        [StringLength(200, ErrorMessage = "Your current post can be at most {1} characters.")]
        [Display(Name = "Current post")]
        public string? CurrentPost { get; set; }

        [Range(0, 60, ErrorMessage = "Years in senior posts must be between 0 and 60.")]
        [Display(Name = "Years in senior posts")]
        public int YearsInSeniorPosts { get; set; }

        [StringLength(500, ErrorMessage = "Education can be at most {1} characters.")]
        [Display(Name = "Education")]
        public string? Education { get; set; }

        public List<Region> Regions { get; set; } = [];

        public List<MandateArea> MandateAreas { get; set; } = [];

        public List<LanguageInput> Languages { get; set; } = [];

        public List<FieldMissionInput> FieldMissions { get; set; } = [];

        public bool RosterConsent { get; set; }
    }

    public sealed class LanguageInput
    {
        public string? Language { get; set; }

        public LanguageLevel? Level { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Language) && Level is null;
    }

    public sealed class FieldMissionInput
    {
        [StringLength(100, ErrorMessage = "The mission can be at most {1} characters.")]
        public string? Mission { get; set; }

        [StringLength(100, ErrorMessage = "The role can be at most {1} characters.")]
        public string? Role { get; set; }

        [Display(Name = "From (year)")]
        public int? FromYear { get; set; }

        [Display(Name = "To (year)")]
        public int? ToYear { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Mission) && string.IsNullOrWhiteSpace(Role) && FromYear is null && ToYear is null;
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var view = await profiles.LoadAsync(User.RequiredUserId(), cancellationToken);
        var d = view.Data;
        Input = new InputModel
        {
            FullName = d.FullName,
            Gender = d.Gender,
            NationalityId = d.NationalityId,
            NominationKind = d.NominationKind,
            NominatingStateId = d.NominatingStateId,
            NominatingAuthority = d.NominatingAuthority,
            NominatedOn = d.NominatedOn,
            CurrentPost = d.CurrentPost,
            YearsInSeniorPosts = d.YearsInSeniorPosts,
            Education = d.Education,
            Regions = [.. d.Regions],
            MandateAreas = [.. d.MandateAreas],
            Languages = d.Languages.Select(l => new LanguageInput { Language = l.Language, Level = l.Level }).ToList(),
            FieldMissions = d.FieldMissions.Select(m => new FieldMissionInput { Mission = m.Mission, Role = m.Role, FromYear = m.FromYear, ToYear = m.ToYear }).ToList(),
            RosterConsent = d.RosterConsent,
        };
        Show(view);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var userId = User.RequiredUserId();

        // Rows left empty are the spare rows of the form, not mistakes.
        Input.Languages.RemoveAll(l => l.IsBlank);
        Input.FieldMissions.RemoveAll(m => m.IsBlank);
        if (ModelState.IsValid)
        {
            var errors = await profiles.SaveAsync(userId, ToData(Input), cancellationToken);
            foreach (var (field, message) in errors)
            {
                ModelState.AddModelError($"{nameof(Input)}.{field}", localizer.Say(message));
            }

            if (errors.Count == 0)
            {
                StatusMessage = localizer["Your profile is saved."];
                return RedirectToPage();
            }
        }

        var view = await profiles.LoadAsync(userId, cancellationToken);
        Show(view);
        return Page();
    }

    private void Show(ProfileView view)
    {
        Completeness = view.Completeness;
        MemberStates = view.MemberStates;
        Input.Languages.AddRange(Enumerable.Range(0, BlankLanguageRows).Select(_ => new LanguageInput()));
        Input.FieldMissions.AddRange(Enumerable.Range(0, BlankMissionRows).Select(_ => new FieldMissionInput()));
    }

    private static ProfileData ToData(InputModel i) => new(
        i.FullName,
        i.Gender,
        i.NationalityId,
        i.NominationKind,
        i.NominationKind == Domain.Candidates.NominationKind.MemberState ? i.NominatingStateId : null,
        i.NominatingAuthority,
        i.NominatedOn,
        i.CurrentPost,
        i.YearsInSeniorPosts,
        i.Education,
        i.Regions,
        i.MandateAreas,
        i.Languages.Select(l => new LanguageRow(l.Language, l.Level)).ToList(),
        i.FieldMissions.Select(m => new FieldMissionRow(m.Mission, m.Role, m.FromYear, m.ToYear)).ToList(),
        i.RosterConsent);
}

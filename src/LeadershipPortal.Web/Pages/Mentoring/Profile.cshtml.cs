using System.ComponentModel.DataAnnotations;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.Web.Features.Mentoring;
using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Pages.Mentoring;

/// <summary>The mentor's profile (posts, expertise, capacity) and the head of mission's (post, start, goals), each their own.</summary>
public sealed class ProfileModel(MentoringProfiles profiles, TimeProvider time, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public ProfileOptions Options { get; private set; } = null!;

    public MentorInput? Mentor { get; set; }

    public MenteeInput? Mentee { get; set; }

    public sealed class MentorInput
    {
        [Range(0, 10, ErrorMessage = "Capacity is from 0 to 10 mentees.")]
        public int Capacity { get; set; }

        [StringLength(500, ErrorMessage = "Availability can be at most {1} characters.")]
        public string? Availability { get; set; }

        [StringLength(2000, ErrorMessage = "The biography can be at most {1} characters.")]
        public string? Bio { get; set; }

        public List<MandateArea> Expertise { get; set; } = [];

        public List<Region> Regions { get; set; } = [];

        public List<string> ConflictMissions { get; set; } = [];

        public List<LanguageRow> Languages { get; set; } = [];

        public List<PostRow> Posts { get; set; } = [];
    }

    public sealed class LanguageRow
    {
        public string? Language { get; set; }

        public LanguageLevel Level { get; set; } = LanguageLevel.Fluent;
    }

    public sealed class PostRow
    {
        public string? PositionType { get; set; }

        public string? Mission { get; set; }

        public int? FromYear { get; set; }

        public int? ToYear { get; set; }
    }

    public sealed class MenteeInput
    {
        public int MissionId { get; set; }

        public int PositionTypeId { get; set; }

        [Required(ErrorMessage = "Enter the date you started in post.")]
        public DateOnly? StartedOn { get; set; }

        [StringLength(2500, ErrorMessage = "Goals can be at most {1} characters in all.")]
        public string? Goals { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMentorAsync([Bind(Prefix = "Mentor")] MentorInput mentor, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                if (mentor.Posts.Any(p => !string.IsNullOrWhiteSpace(p.Mission) && p.FromYear is null))
                {
                    throw new DomainRuleException("Enter the year each former post started.");
                }

                var data = new MentorProfileData(
                    mentor.Capacity, mentor.Availability, mentor.Bio, mentor.Expertise, mentor.Regions,
                    mentor.Languages.Where(l => !string.IsNullOrWhiteSpace(l.Language)).Select(l => new LanguageSkill(l.Language!, l.Level)).ToList(),
                    mentor.Posts.Where(p => !string.IsNullOrWhiteSpace(p.Mission)).Select(p => new FormerPost(p.PositionType ?? string.Empty, p.Mission!, p.FromYear!.Value, p.ToYear)).ToList(),
                    mentor.ConflictMissions);
                if (await profiles.SaveMentorAsync(User.RequiredUserId(), data, cancellationToken))
                {
                    StatusMessage = localizer["Your mentor profile is saved."];
                    return RedirectToPage();
                }

                return NotFound();
            }
            catch (DomainRuleException e)
            {
                ModelState.AddModelError(string.Empty, localizer.Say(e));
            }
        }

        return await LoadAsync(cancellationToken, mentor: mentor) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostMenteeAsync([Bind(Prefix = "Mentee")] MenteeInput mentee, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var goals = (mentee.Goals ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
                if (await profiles.SaveMenteeAsync(User.RequiredUserId(), new MenteeProfileData(mentee.MissionId, mentee.PositionTypeId, mentee.StartedOn!.Value, goals), today, cancellationToken))
                {
                    StatusMessage = localizer["Your profile is saved."];
                    return RedirectToPage();
                }

                return NotFound();
            }
            catch (DomainRuleException e)
            {
                ModelState.AddModelError(string.Empty, localizer.Say(e));
            }
        }

        return await LoadAsync(cancellationToken, mentee: mentee) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken, MentorInput? mentor = null, MenteeInput? mentee = null)
    {
        Options = await profiles.OptionsAsync(cancellationToken);
        var userId = User.RequiredUserId();
        if (await profiles.MentorAsync(userId, cancellationToken) is { } m)
        {
            Mentor = mentor ?? new MentorInput
            {
                Capacity = m.Capacity, Availability = m.Availability, Bio = m.Bio, Expertise = [.. m.Expertise], Regions = [.. m.Regions], ConflictMissions = [.. m.ConflictMissions],
                Languages = m.Languages.Select(l => new LanguageRow { Language = l.Language, Level = l.Level }).ToList(),
                Posts = m.FormerPosts.Select(p => new PostRow { PositionType = p.PositionType, Mission = p.Mission, FromYear = p.FromYear, ToYear = p.ToYear }).ToList(),
            };
            Mentor.Languages.Add(new LanguageRow());
            Mentor.Posts.Add(new PostRow());
        }

        if (await profiles.MenteeAsync(userId, cancellationToken) is { } h)
        {
            Mentee = mentee ?? new MenteeInput { MissionId = h.MissionId, PositionTypeId = h.PositionTypeId, StartedOn = h.StartedOn, Goals = string.Join('\n', h.Goals) };
        }

        return Mentor is not null || Mentee is not null;
    }
}

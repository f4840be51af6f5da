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

public sealed class MentorshipModel(MentorshipWork work, TimeProvider time, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public MentorshipView View { get; private set; } = null!;

    public DateTime NowUtc => time.GetUtcNow().UtcDateTime;

    public SessionInput Log { get; set; } = new();

    public sealed class SessionInput
    {
        [Required(ErrorMessage = "Enter the date of the session.")]
        [Display(Name = "Date")]
        public DateOnly? HeldOn { get; set; }

        [Required(ErrorMessage = "Enter how long the session lasted, in minutes.")]
        [Range(1, MentoringSession.MaximumDurationMinutes, ErrorMessage = "A session lasts from 1 minute to 8 hours (480 minutes).")]
        [Display(Name = "Duration (minutes)")]
        public int? DurationMinutes { get; set; }

        [Required(ErrorMessage = "Choose how you met.")]
        public SessionMode? Mode { get; set; }

        [StringLength(1000, ErrorMessage = "Topics can be at most {1} characters.")]
        [Display(Name = "Topics (separated by commas)")]
        public string? Topics { get; set; }

        public List<string> LinkedGoals { get; set; } = [];

        [StringLength(4000, ErrorMessage = "The shared summary can be at most {1} characters.")]
        [Display(Name = "Shared summary (the mentee sees it)")]
        public string? SharedSummary { get; set; }

        [StringLength(4000, ErrorMessage = "Private notes can be at most {1} characters.")]
        [Display(Name = "Private notes (only you see them)")]
        public string? PrivateNotes { get; set; }

        public List<ActionInput> Actions { get; set; } = [];

        public SessionDetails ToDetails() => new(
            HeldOn!.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), DurationMinutes!.Value, Mode!.Value,
            (Topics ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), LinkedGoals, SharedSummary, PrivateNotes);
    }

    public sealed class ActionInput
    {
        public string? Text { get; set; }

        public ActionOwner Owner { get; set; } = ActionOwner.Mentee;

        public DateOnly? DueOn { get; set; }
    }

    public sealed class RatingInput
    {
        [Required(ErrorMessage = "Choose a rating from 1 to 4.")]
        [Range(MentoringSession.MinimumMenteeRating, MentoringSession.MaximumMenteeRating, ErrorMessage = "A session is rated from 1 to 4.")]
        public int? Rating { get; set; }

        [StringLength(1000, ErrorMessage = "The comment can be at most {1} characters.")]
        public string? Comment { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAcceptAsync(int id, CancellationToken cancellationToken) =>
        RunAsync(id, "You accepted the mentorship.", ct => work.AcceptAsync(id, User.RequiredUserId(), ct), cancellationToken);

    public Task<IActionResult> OnPostLogAsync(int id, [Bind(Prefix = "Log")] SessionInput log, CancellationToken cancellationToken)
    {
        Log = log;
        var actions = log.Actions.Where(a => !string.IsNullOrWhiteSpace(a.Text)).Select(a => new ActionItemInput(a.Text!, a.Owner, a.DueOn)).ToList();
        return RunAsync(id, "Session logged.", ct => work.LogSessionAsync(id, User.RequiredUserId(), log.ToDetails(), actions, ct), cancellationToken);
    }

    public Task<IActionResult> OnPostEditAsync(int id, int sessionId, [Bind(Prefix = "Edit")] SessionInput edit, CancellationToken cancellationToken) =>
        RunAsync(id, "Session log corrected.", ct => work.EditSessionAsync(id, sessionId, User.RequiredUserId(), edit.ToDetails(), ct), cancellationToken);

    public Task<IActionResult> OnPostRateAsync(int id, int sessionId, [Bind(Prefix = "Rate")] RatingInput rate, CancellationToken cancellationToken) =>
        RunAsync(id, "Thank you for rating the session.", ct => work.RateAsync(id, sessionId, User.RequiredUserId(), rate.Rating!.Value, rate.Comment, ct), cancellationToken);

    public Task<IActionResult> OnPostFitAsync(int id, PairingFit fit, CancellationToken cancellationToken) =>
        RunAsync(id, "Your answer is recorded.", ct => work.AnswerFitAsync(id, User.RequiredUserId(), fit, ct), cancellationToken);

    public Task<IActionResult> OnPostCompleteAsync(int id, CancellationToken cancellationToken) =>
        RunAsync(id, "The mentorship is completed.", ct => work.CompleteAsync(id, User.RequiredUserId(), ct), cancellationToken);

    public Task<IActionResult> OnPostEndAsync(int id, string? reason, CancellationToken cancellationToken) =>
        RunAsync(id, "The mentorship has ended.", ct => work.EndEarlyAsync(id, User.RequiredUserId(), reason, ct), cancellationToken);

    public Task<IActionResult> OnPostActionItemAsync(int id, int actionItemId, bool done, CancellationToken cancellationToken) =>
        RunAsync(id, done ? "Action item marked done." : "Action item reopened.", ct => work.SetActionItemDoneAsync(id, actionItemId, User.RequiredUserId(), done, ct), cancellationToken);

    /// <summary>Runs a change when the form is valid; rule breaks come back as messages on the page, a stranger's id as 404.</summary>
    private async Task<IActionResult> RunAsync(int id, string done, Func<CancellationToken, Task<bool>> change, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                if (!await change(cancellationToken))
                {
                    return NotFound();
                }

                StatusMessage = localizer[done];
                return RedirectToPage(new { id });
            }
            catch (DomainRuleException e)
            {
                ModelState.AddModelError(string.Empty, localizer.Say(e));
            }
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var view = await work.LoadAsync(id, User.RequiredUserId(), cancellationToken);
        if (view is null)
        {
            return false;
        }

        View = view;
        while (Log.Actions.Count < 2)
        {
            Log.Actions.Add(new ActionInput());
        }

        return true;
    }
}

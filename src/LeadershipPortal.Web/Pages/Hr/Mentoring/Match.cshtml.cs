using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.Web.Features.Mentoring;
using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Pages.Hr.Mentoring;

public sealed class MatchModel(MentorMatching matching, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public MenteeMatch Match { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int menteeId, CancellationToken cancellationToken) =>
        await LoadAsync(menteeId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int menteeId, int mentorId, MeetingCadence cadence, CancellationToken cancellationToken)
    {
        try
        {
            await matching.ConfirmAsync([new PairToCreate(menteeId, mentorId, cadence)], User.RequiredUserId(), cancellationToken);
            StatusMessage = localizer["The pairing is proposed; both sides are asked to accept it."];
            return RedirectToPage("/Hr/Mentoring/Index");
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, localizer.Say(e));
        }

        return await LoadAsync(menteeId, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int menteeId, CancellationToken cancellationToken)
    {
        var match = await matching.MatchAsync(menteeId, cancellationToken);
        if (match is null)
        {
            return false;
        }

        Match = match;
        return true;
    }
}

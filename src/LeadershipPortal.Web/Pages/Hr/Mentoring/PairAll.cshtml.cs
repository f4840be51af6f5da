using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.Web.Features.Mentoring;
using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Pages.Hr.Mentoring;

public sealed class PairAllModel(MentorMatching matching, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<PairingProposal> Proposals { get; private set; } = [];

    public sealed class PairInput
    {
        public int MenteeId { get; set; }

        public bool Include { get; set; }

        public int? MentorId { get; set; }

        public MeetingCadence Cadence { get; set; } = MeetingCadence.Monthly;
    }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Proposals = await matching.ProposeAllAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(List<PairInput> pairs, CancellationToken cancellationToken)
    {
        try
        {
            var chosen = pairs.Where(p => p.Include).ToList();
            if (chosen.Any(p => p.MentorId is null))
            {
                throw new DomainRuleException("Choose a mentor for every pair you confirm.");
            }

            var count = await matching.ConfirmAsync(chosen.Select(p => new PairToCreate(p.MenteeId, p.MentorId!.Value, p.Cadence)).ToList(), User.RequiredUserId(), cancellationToken);
            StatusMessage = localizer[count == 1 ? "{0} pairing is proposed; both sides are asked to accept." : "{0} pairings are proposed; both sides are asked to accept.", count];
            return RedirectToPage("/Hr/Mentoring/Index");
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, localizer.Say(e));
        }

        Proposals = await matching.ProposeAllAsync(cancellationToken);
        return Page();
    }
}

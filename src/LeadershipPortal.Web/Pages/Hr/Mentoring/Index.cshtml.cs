using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.Web.Features.Common;
using LeadershipPortal.Web.Features.Mentoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Hr.Mentoring;

public sealed class IndexModel(MentoringProgramme programme, MentorMatching matching) : PageModel
{
    /// <summary>Heads of mission listed by name for pairing one at a time; the rest are counted (all are in "Pair all").</summary>
    public const int WaitingListed = 10;

    [TempData]
    public string? StatusMessage { get; set; }

    public ProgrammeSummary Summary { get; private set; } = null!;

    public PagedResult<ProgrammePair> Pairs { get; private set; } = null!;

    public IReadOnlyList<MenteeNeeds> Waiting { get; private set; } = [];

    public async Task OnGetAsync(int? p, CancellationToken cancellationToken)
    {
        Summary = await programme.SummaryAsync(cancellationToken);
        Pairs = await programme.PairsAsync(Paging.Normalise(p), cancellationToken: cancellationToken);
        Waiting = await matching.WaitingAsync(cancellationToken);
    }
}

using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Domain.GenderBalance;

/// <summary>One stage of the funnel: how many applications of each gender group reached it, and what is published.</summary>
public sealed record FunnelStage(ApplicationStage Stage, GenderCounts Counts, SuppressedRow Published)
{
    public string Label => GenderFunnel.StageLabel(Stage);
}

/// <summary>
/// The selection funnel by gender. An application "reached" a stage when its stage history passed through it
/// (moves are strictly forward, so each application reaches a stage at most once); applied = submitted.
/// </summary>
public sealed record GenderFunnel(IReadOnlyList<FunnelStage> Stages)
{
    public static string StageLabel(ApplicationStage stage) => stage switch
    {
        ApplicationStage.Submitted => "Applied",
        ApplicationStage.Screening => "Screened in",
        ApplicationStage.Assessment => "Assessed",
        ApplicationStage.Interview => "Interviewed",
        _ => ApplicationStages.Label(stage),
    };

    /// <summary>Builds the funnel from (stage reached, gender, count) rows as a GROUP BY returns them; missing rows are zero.</summary>
    public static GenderFunnel From(IEnumerable<(ApplicationStage Stage, Gender? Gender, int Count)> rows)
    {
        var list = rows.ToList();
        var counts = ApplicationStages.Funnel
            .Select(stage => GenderCounts.From(list.Where(r => r.Stage == stage).Select(r => (r.Gender, r.Count))))
            .ToList();
        var published = SmallCells.SuppressTable(counts, additiveColumns: false);
        return new GenderFunnel(ApplicationStages.Funnel.Select((stage, i) => new FunnelStage(stage, counts[i], published[i])).ToList());
    }

    public FunnelStage this[ApplicationStage stage] => Stages.Single(s => s.Stage == stage);

    /// <summary>
    /// Adverse impact for each move from one stage to the next, published only when the four counts it rests on
    /// (women and men at both stages) are shown; a rate would otherwise give a small cell back.
    /// </summary>
    public IReadOnlyList<StageImpact> AdverseImpacts() =>
        Stages.Zip(Stages.Skip(1), (before, after) =>
        {
            var publishable = before.Published.Women.IsShown && before.Published.Men.IsShown && after.Published.Women.IsShown && after.Published.Men.IsShown;
            return new StageImpact(before.Label, after.Label, after.Stage, publishable ? AdverseImpact.Between(before.Counts, after.Counts) : null);
        }).ToList();
}

/// <summary>The adverse-impact figures of the move into <paramref name="Stage"/>; null when withheld for privacy.</summary>
public sealed record StageImpact(string From, string To, ApplicationStage Stage, AdverseImpact? Impact);

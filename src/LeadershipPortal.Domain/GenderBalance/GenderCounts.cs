using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Domain.GenderBalance;

/// <summary>The four groups the gender statistics report. "Prefer not to say" and a blank answer are both "not stated".</summary>
public enum GenderGroup
{
    Women,
    Men,
    Another,
    NotStated,
}

public static class GenderGroups
{
    public static readonly IReadOnlyList<GenderGroup> All = [GenderGroup.Women, GenderGroup.Men, GenderGroup.Another, GenderGroup.NotStated];

    public static GenderGroup Of(Gender? gender) => gender switch
    {
        Gender.Woman => GenderGroup.Women,
        Gender.Man => GenderGroup.Men,
        Gender.Another => GenderGroup.Another,
        _ => GenderGroup.NotStated,
    };

    public static string Label(GenderGroup group) => group switch
    {
        GenderGroup.NotStated => "Not stated",
        _ => group.ToString(),
    };
}

/// <summary>How many people of each gender group are in one cell of a statistic (a stage, a State, a quarter).</summary>
public sealed record GenderCounts(int Women, int Men, int Another, int NotStated)
{
    public static readonly GenderCounts None = new(0, 0, 0, 0);

    public int Total => Women + Men + Another + NotStated;

    /// <summary>Women as a share (0–1) of everyone counted, whatever their gender; null when nobody is counted.</summary>
    public double? ShareOfWomen => Total == 0 ? null : (double)Women / Total;

    public int this[GenderGroup group] => group switch
    {
        GenderGroup.Women => Women,
        GenderGroup.Men => Men,
        GenderGroup.Another => Another,
        _ => NotStated,
    };

    /// <summary>Adds up (gender, count) rows as a database GROUP BY returns them.</summary>
    public static GenderCounts From(IEnumerable<(Gender? Gender, int Count)> rows)
    {
        var counts = new int[4];
        foreach (var (gender, count) in rows)
        {
            counts[(int)GenderGroups.Of(gender)] += count;
        }

        return new GenderCounts(counts[0], counts[1], counts[2], counts[3]);
    }
}

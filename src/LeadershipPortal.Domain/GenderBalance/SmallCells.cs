using System.Globalization;

namespace LeadershipPortal.Domain.GenderBalance;

/// <summary>Whether a published count is shown, or withheld so that nobody can be identified.</summary>
public enum CellState
{
    Shown,

    /// <summary>Fewer than five people: written "&lt;5".</summary>
    Small,

    /// <summary>Five or more people, withheld so that a small cell beside it cannot be worked out from the total.</summary>
    Hidden,
}

/// <summary>One published count. Pages, charts and exports use <see cref="Display"/> or <see cref="ShownValue"/>, never the raw value.</summary>
public readonly record struct Cell(int Value, CellState State)
{
    public bool IsShown => State == CellState.Shown;

    public int? ShownValue => IsShown ? Value : null;

    public string Display => State switch
    {
        CellState.Shown => Value.ToString(CultureInfo.InvariantCulture),
        CellState.Small => SmallCells.SmallLabel,
        _ => SmallCells.HiddenLabel,
    };

    /// <summary>What a reader of the published figures can know of the value: an interval.</summary>
    public (int Min, int Max) Bounds(int upperLimit) => State switch
    {
        CellState.Shown => (Value, Value),
        CellState.Small => (0, SmallCells.Threshold - 1),
        _ => (SmallCells.Threshold, Math.Max(SmallCells.Threshold, upperLimit)),
    };
}

/// <summary>A row of gender counts as published: each group and the total, after suppression.</summary>
public sealed record SuppressedRow(Cell Women, Cell Men, Cell Another, Cell NotStated, Cell Total)
{
    public Cell this[GenderGroup group] => group switch
    {
        GenderGroup.Women => Women,
        GenderGroup.Men => Men,
        GenderGroup.Another => Another,
        _ => NotStated,
    };

    public IEnumerable<Cell> Groups => GenderGroups.All.Select(g => this[g]);

    /// <summary>The share of women, only when it follows from shown figures (a share would otherwise reveal a small cell).</summary>
    public double? ShareOfWomen => Women.IsShown && Total.IsShown && Total.Value > 0 ? (double)Women.Value / Total.Value : null;
}

/// <summary>
/// Small-cell suppression with complementary suppression, applied to every published table of gender counts.
/// <list type="number">
/// <item>A count of 1 to 4 people is shown as "&lt;5" (primary suppression). Zero is shown: it identifies nobody.</item>
/// <item>A row whose total is 1 to 4 shows every cell, zeros included, and the total as "&lt;5": otherwise a
/// zero beside "&lt;5" would tell the gender of everyone in the row.</item>
/// <item>A row (or an additive column) may not hold exactly one withheld cell next to a shown total, or the total
/// minus the shown cells would give it back. The smallest other shown cell is withheld too (complementary
/// suppression): a non-zero one first, so that the pair is not trivially known; when it is under 5 it reads "&lt;5",
/// otherwise "hidden".</item>
/// <item>Figures derived from counts (shares, selection rates, ratios, p-values, forecasts) are computed from shown
/// counts only; when an input is withheld the derived figure is withheld as well.</item>
/// </list>
/// </summary>
public static class SmallCells
{
    public const int Threshold = 5;
    public const string SmallLabel = "<5";
    public const string HiddenLabel = "hidden";

    public static Cell Single(int value) => new(value, value is > 0 and < Threshold ? CellState.Small : CellState.Shown);

    public static SuppressedRow Suppress(GenderCounts counts) => SuppressTable([counts], additiveColumns: false)[0];

    /// <summary>
    /// Suppresses a table whose rows are gender counts with their totals. With <paramref name="additiveColumns"/> the
    /// rows are parts of one whole (quarters of a year, States of a list), so each column is protected as well:
    /// its sum may be published elsewhere.
    /// </summary>
    public static IReadOnlyList<SuppressedRow> SuppressTable(IReadOnlyList<GenderCounts> rows, bool additiveColumns)
    {
        var groups = GenderGroups.All.Count;
        var values = rows.Select(r => GenderGroups.All.Select(g => r[g]).Append(r.Total).ToArray()).ToArray();
        var states = values.Select(v => v.Select(x => x is > 0 and < Threshold ? CellState.Small : CellState.Shown).ToArray()).ToArray();
        for (var r = 0; r < rows.Count; r++)
        {
            if (states[r][groups] == CellState.Small)
            {
                Array.Fill(states[r], CellState.Small);
            }
        }

        bool changed;
        do
        {
            changed = false;
            for (var r = 0; r < rows.Count; r++)
            {
                if (states[r][groups] == CellState.Shown)
                {
                    changed |= ProtectLine(Enumerable.Range(0, groups).Select(c => (r, c)).ToList(), values, states, totalCell: (r, groups));
                }
            }

            if (additiveColumns && rows.Count > 1)
            {
                for (var c = 0; c <= groups; c++)
                {
                    changed |= ProtectLine(Enumerable.Range(0, rows.Count).Select(r => (r, c)).ToList(), values, states, totalCell: null);
                }
            }
        }
        while (changed);

        return Rows(values, states);
    }

    /// <summary>The published rows from the counts (women, men, another, not stated, total) and their states.</summary>
    internal static IReadOnlyList<SuppressedRow> Rows(int[][] values, CellState[][] states) =>
        values.Select((v, r) => new SuppressedRow(
            new Cell(v[0], states[r][0]),
            new Cell(v[1], states[r][1]),
            new Cell(v[2], states[r][2]),
            new Cell(v[3], states[r][3]),
            new Cell(v[4], states[r][4]))).ToList();

    /// <summary>True when it had to withhold one more cell of the line.</summary>
    private static bool ProtectLine(List<(int R, int C)> line, int[][] values, CellState[][] states, (int R, int C)? totalCell)
    {
        if (line.Count(p => states[p.R][p.C] != CellState.Shown) != 1)
        {
            return false;
        }

        var candidates = line.Where(p => states[p.R][p.C] == CellState.Shown)
            .OrderBy(p => values[p.R][p.C] == 0 ? 1 : 0)
            .ThenBy(p => values[p.R][p.C])
            .ToList();
        var (r, c) = candidates.Count > 0 ? candidates[0] : totalCell ?? default;
        if (candidates.Count == 0 && totalCell is null)
        {
            return false;
        }

        states[r][c] = values[r][c] < Threshold ? CellState.Small : CellState.Hidden;
        return true;
    }
}

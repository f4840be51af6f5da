using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Domain.GenderBalance;

/// <summary>The one filter a gender view may apply (or none: all applications).</summary>
public enum FilterDimension
{
    Overall,
    Vacancy,
    Mission,
    PositionType,
    Grade,
    Region,
    NominatingState,
    Quarter,
}

/// <summary>
/// A view: all applications, or those of one filter value. Grade and region are their enum values; a quarter is
/// written year × 10 + quarter (20261 for 2026 Q1); <see cref="SelfNominated"/> is the applicants no State nominated,
/// never shown but protected like a view so that "all minus every State" gives nothing away.
/// </summary>
public readonly record struct ViewKey(FilterDimension Dimension, int Value)
{
    public static readonly ViewKey Overall = new(FilterDimension.Overall, 0);

    public static readonly ViewKey SelfNominated = new(FilterDimension.NominatingState, 0);

    public static int QuarterOf(DateTime utc) => (utc.Year * 10) + ((utc.Month + 2) / 3);

    public static string QuarterLabel(int quarter) => $"{quarter / 10} Q{quarter % 10}";

    public static int NextQuarter(int quarter) => quarter % 10 == 4 ? ((quarter / 10) + 1) * 10 + 1 : quarter + 1;
}

/// <summary>One GROUP BY row: applications of a vacancy, nominating State (null: self-nominated), submission quarter and gender that reached a stage.</summary>
public sealed record FunnelAtom(int VacancyId, int? StateId, int Quarter, Gender? Gender, ApplicationStage Stage, int Count);

/// <summary>What a vacancy is filed under.</summary>
public sealed record VacancyFacts(int VacancyId, int MissionId, int PositionTypeId, Grade Grade, Region Region);

/// <summary>One GROUP BY row of the trend: moves to a stage (shortlisted, appointed) made in a quarter, by gender.</summary>
public sealed record StageMove(ApplicationStage Stage, int Quarter, Gender? Gender, int Count);

/// <summary>
/// Every gender count the gender views publish, suppressed together so that no combination of views gives a small
/// cell back. A page shows one view at a time, but a reader can open them all and subtract, so:
/// <list type="number">
/// <item>A view applies at most one filter, and the period is a whole quarter. The views then form additive
/// families: all = Σ regions = Σ position types = Σ grades = Σ nominating States (with the self-nominated) =
/// Σ quarters; a region = Σ its missions; a mission, a position type and a grade = Σ their vacancies; the shortlisted
/// and appointed of all = Σ the quarters the moves were made in (the trend).</item>
/// <item>Each stage is one network of rows (a view's women, men, another, not stated, total). Cells of 1–4 are
/// withheld ("&lt;5"); a row totalling 1–4 is withheld entirely.</item>
/// <item>Every published sum is a line: each row (groups = total) and each column of each family (children =
/// parent). No line may hold exactly one withheld cell, or subtraction would give it back; the smallest other
/// shown cell of the line is withheld too (a child before the parent), and this repeats until every line holds.
/// So a sibling is never withheld alone, the complement of a view in its parent is never the only unknown, and a
/// quarter is never the only unknown of the year.</item>
/// <item>Derived figures (shares, rates, ratios, p-values, attainment, Parity+) use published counts only.</item>
/// </list>
/// </summary>
public sealed class FunnelPublication
{
    private readonly Dictionary<ViewKey, GenderFunnel> funnels;
    private readonly Dictionary<ApplicationStage, IReadOnlyList<QuarterRow>> moves;

    private FunnelPublication(Dictionary<ViewKey, GenderFunnel> funnels, Dictionary<ApplicationStage, IReadOnlyList<QuarterRow>> moves)
    {
        this.funnels = funnels;
        this.moves = moves;
    }

    /// <summary>Every view with applications (views not listed are empty: every count 0).</summary>
    public IEnumerable<ViewKey> Views => funnels.Keys;

    /// <summary>The funnel of a view as published; all zeros for a view nobody is in.</summary>
    public GenderFunnel Funnel(ViewKey view) =>
        funnels.TryGetValue(view, out var funnel) ? funnel : GenderFunnel.From([]);

    /// <summary>The moves to <paramref name="stage"/> (shortlisted or appointed) per quarter they were made in, as published.</summary>
    public IReadOnlyList<QuarterRow> Moves(ApplicationStage stage) => moves.TryGetValue(stage, out var rows) ? rows : [];

    public static ViewKey[] ViewsOf(VacancyFacts vacancy, int? stateId, int quarter) =>
    [
        ViewKey.Overall,
        new(FilterDimension.Vacancy, vacancy.VacancyId),
        new(FilterDimension.Mission, vacancy.MissionId),
        new(FilterDimension.PositionType, vacancy.PositionTypeId),
        new(FilterDimension.Grade, (int)vacancy.Grade),
        new(FilterDimension.Region, (int)vacancy.Region),
        stateId is { } s ? new(FilterDimension.NominatingState, s) : ViewKey.SelfNominated,
        new(FilterDimension.Quarter, quarter),
    ];

    public static FunnelPublication Build(IReadOnlyList<VacancyFacts> vacancies, IEnumerable<FunnelAtom> atoms, IEnumerable<StageMove> stageMoves)
    {
        var facts = vacancies.ToDictionary(v => v.VacancyId);
        var atomList = atoms.ToList();
        var moveList = stageMoves.ToList();

        // Every view anyone is in, with the counts per stage.
        var counts = new Dictionary<ViewKey, Dictionary<ApplicationStage, int[]>>();
        void Add(ViewKey view, ApplicationStage stage, Gender? gender, int count)
        {
            if (!counts.TryGetValue(view, out var byStage))
            {
                counts[view] = byStage = ApplicationStages.Funnel.ToDictionary(s => s, _ => new int[4]);
            }

            byStage[stage][(int)GenderGroups.Of(gender)] += count;
        }

        foreach (var atom in atomList)
        {
            foreach (var view in ViewsOf(facts[atom.VacancyId], atom.StateId, atom.Quarter))
            {
                Add(view, atom.Stage, atom.Gender, atom.Count);
            }
        }

        var views = counts.Keys.OrderBy(v => v.Dimension).ThenBy(v => v.Value).ToList();
        var families = Families(views, facts.Values);
        var quarters = atomList.Select(a => a.Quarter).Concat(moveList.Select(m => m.Quarter)).Distinct().Order().ToList();
        var rowsByStage = new Dictionary<ApplicationStage, (GenderCounts Counts, SuppressedRow Published)[]>();
        var movesByStage = new Dictionary<ApplicationStage, IReadOnlyList<QuarterRow>>();
        foreach (var stage in ApplicationStages.Funnel)
        {
            var network = new List<GenderCounts>(views.Select(v => Counts(counts[v][stage])));
            var lines = families.Select(f => (f.Parent, f.Children)).ToList();
            var moveQuarters = new List<int>();
            if (stage is ApplicationStage.Shortlisted or ApplicationStage.Appointed && views.Count > 0)
            {
                // The trend splits the stage's total by the quarter each move was made in: one more family.
                moveQuarters = quarters;
                var first = network.Count;
                network.AddRange(moveQuarters.Select(q => GenderCounts.From(moveList.Where(m => m.Stage == stage && m.Quarter == q).Select(m => (m.Gender, m.Count)))));
                lines.Add((views.IndexOf(ViewKey.Overall), Enumerable.Range(first, moveQuarters.Count).ToList()));
            }

            var published = SuppressNetwork(network, lines);
            rowsByStage[stage] = network.Select((c, i) => (c, published[i])).ToArray();
            if (moveQuarters.Count > 0)
            {
                movesByStage[stage] = moveQuarters.Select((q, i) => new QuarterRow(q, network[views.Count + i], published[views.Count + i])).ToList();
            }
        }

        var result = views.Select((view, i) => (view, new GenderFunnel(ApplicationStages.Funnel.Select(stage => new FunnelStage(stage, rowsByStage[stage][i].Counts, rowsByStage[stage][i].Published)).ToList())))
            .ToDictionary(p => p.view, p => p.Item2);
        return new FunnelPublication(result, movesByStage);
    }

    /// <summary>
    /// Suppresses rows bound by row sums (groups = total) and by families (Σ children = parent, per column), until
    /// no line holds exactly one withheld cell.
    /// </summary>
    public static IReadOnlyList<SuppressedRow> SuppressNetwork(IReadOnlyList<GenderCounts> rows, IReadOnlyList<(int Parent, List<int> Children)> families)
    {
        const int total = 4;
        var values = rows.Select(r => GenderGroups.All.Select(g => r[g]).Append(r.Total).ToArray()).ToArray();
        var states = values.Select(v => v.Select(x => x is > 0 and < SmallCells.Threshold ? CellState.Small : CellState.Shown).ToArray()).ToArray();
        foreach (var row in states.Where(s => s[total] == CellState.Small))
        {
            Array.Fill(row, CellState.Small);
        }

        var lines = new List<(List<(int R, int C)> Parts, (int R, int C) Sum)>();
        for (var r = 0; r < rows.Count; r++)
        {
            lines.Add((Enumerable.Range(0, total).Select(c => (r, c)).ToList(), (r, total)));
        }

        foreach (var (parent, children) in families)
        {
            for (var c = 0; c <= total; c++)
            {
                lines.Add((children.Select(r => (r, c)).ToList(), (parent, c)));
            }
        }

        while (true)
        {
            bool changed;
            do
            {
                changed = false;
                foreach (var (parts, sum) in lines)
                {
                    changed |= ProtectLine(parts, sum, values, states);
                }
            }
            while (changed);

            // Two withheld cells per line is not always enough: several lines together can still pin a cell down
            // (a vacancy sits in its mission, position type and grade). Audit the whole system and widen where needed.
            var pinned = Determined(lines, states);
            if (pinned.Count == 0)
            {
                break;
            }

            var widened = false;
            foreach (var cell in pinned)
            {
                var line = lines.Where(l => l.Parts.Contains(cell) || l.Sum == cell)
                    .Select(l => l.Parts.Append(l.Sum).Where(p => states[p.R][p.C] == CellState.Shown).ToList())
                    .FirstOrDefault(l => l.Count > 0);
                if (line is not null)
                {
                    var (r, c) = line.OrderBy(p => values[p.R][p.C] == 0 ? 1 : 0).ThenBy(p => values[p.R][p.C]).First();
                    states[r][c] = values[r][c] < SmallCells.Threshold ? CellState.Small : CellState.Hidden;
                    widened = true;
                }
            }

            if (!widened)
            {
                break;
            }
        }

        return SmallCells.Rows(values, states);
    }

    /// <summary>
    /// A line is parts and their sum, all published. Exactly one withheld cell among them could be worked out, so
    /// the smallest shown part is withheld too (non-zero first, so the pair is not trivially known), else the sum.
    /// </summary>
    private static bool ProtectLine(List<(int R, int C)> parts, (int R, int C) sum, int[][] values, CellState[][] states)
    {
        if (parts.Append(sum).Count(p => states[p.R][p.C] != CellState.Shown) != 1)
        {
            return false;
        }

        var (r, c) = parts.Where(p => states[p.R][p.C] == CellState.Shown)
            .OrderBy(p => values[p.R][p.C] == 0 ? 1 : 0)
            .ThenBy(p => values[p.R][p.C])
            .DefaultIfEmpty(sum)
            .First();
        states[r][c] = values[r][c] < SmallCells.Threshold ? CellState.Small : CellState.Hidden;
        return true;
    }

    /// <summary>
    /// The withheld cells the published sums fix exactly: with the shown cells as constants, a withheld cell is
    /// determined when no change of the withheld cells that keeps every sum can move it (it is a pivot of the reduced
    /// system with no free variable beside it).
    /// </summary>
    private static List<(int R, int C)> Determined(List<(List<(int R, int C)> Parts, (int R, int C) Sum)> lines, CellState[][] states)
    {
        var unknowns = new Dictionary<(int R, int C), int>();
        foreach (var (parts, sum) in lines)
        {
            foreach (var p in parts.Append(sum).Where(p => states[p.R][p.C] != CellState.Shown && !unknowns.ContainsKey(p)))
            {
                unknowns[p] = unknowns.Count;
            }
        }

        var n = unknowns.Count;
        var matrix = new List<double[]>();
        foreach (var (parts, sum) in lines)
        {
            var row = new double[n];
            foreach (var p in parts.Where(unknowns.ContainsKey))
            {
                row[unknowns[p]] += 1;
            }

            if (unknowns.TryGetValue(sum, out var s))
            {
                row[s] -= 1;
            }

            if (row.Any(x => x != 0))
            {
                matrix.Add(row);
            }
        }

        const double epsilon = 1e-9;
        var pivotOf = new List<int>();
        var rank = 0;
        for (var c = 0; c < n && rank < matrix.Count; c++)
        {
            var best = rank;
            for (var i = rank + 1; i < matrix.Count; i++)
            {
                if (Math.Abs(matrix[i][c]) > Math.Abs(matrix[best][c]))
                {
                    best = i;
                }
            }

            if (Math.Abs(matrix[best][c]) < epsilon)
            {
                continue;
            }

            (matrix[rank], matrix[best]) = (matrix[best], matrix[rank]);
            var pivot = matrix[rank][c];
            for (var k = 0; k < n; k++)
            {
                matrix[rank][k] /= pivot;
            }

            for (var i = 0; i < matrix.Count; i++)
            {
                var f = matrix[i][c];
                if (i != rank && Math.Abs(f) > epsilon)
                {
                    for (var k = 0; k < n; k++)
                    {
                        matrix[i][k] -= f * matrix[rank][k];
                    }
                }
            }

            pivotOf.Add(c);
            rank++;
        }

        var pivots = pivotOf.ToHashSet();
        var byIndex = unknowns.ToDictionary(p => p.Value, p => p.Key);
        return pivotOf.Select((c, i) => (c, i))
            .Where(p => Enumerable.Range(0, n).All(k => k == p.c || pivots.Contains(k) || Math.Abs(matrix[p.i][k]) < epsilon))
            .Select(p => byIndex[p.c])
            .ToList();
    }

    private static GenderCounts Counts(int[] c) => new(c[0], c[1], c[2], c[3]);

    /// <summary>The additive families among the views, by index: all = Σ regions, a region = Σ its missions, and so on.</summary>
    private static List<(int Parent, List<int> Children)> Families(List<ViewKey> views, IEnumerable<VacancyFacts> facts)
    {
        var index = views.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i);
        var overall = index.GetValueOrDefault(ViewKey.Overall, -1);
        var list = new List<(int, List<int>)>();
        if (overall < 0)
        {
            return list;
        }

        List<int> Of(FilterDimension d) => views.Where(v => v.Dimension == d).Select(v => index[v]).ToList();
        foreach (var d in new[] { FilterDimension.Region, FilterDimension.PositionType, FilterDimension.Grade, FilterDimension.NominatingState, FilterDimension.Quarter })
        {
            list.Add((overall, Of(d)));
        }

        var present = facts.Where(f => index.ContainsKey(new ViewKey(FilterDimension.Vacancy, f.VacancyId))).ToList();
        void Group(FilterDimension parent, Func<VacancyFacts, int> key, FilterDimension child, Func<VacancyFacts, int> childKey)
        {
            foreach (var g in present.GroupBy(key))
            {
                var children = g.Select(childKey).Distinct().Select(k => index[new ViewKey(child, k)]).ToList();
                list.Add((index[new ViewKey(parent, g.Key)], children));
            }
        }

        Group(FilterDimension.Region, f => (int)f.Region, FilterDimension.Mission, f => f.MissionId);
        Group(FilterDimension.Mission, f => f.MissionId, FilterDimension.Vacancy, f => f.VacancyId);
        Group(FilterDimension.PositionType, f => f.PositionTypeId, FilterDimension.Vacancy, f => f.VacancyId);
        Group(FilterDimension.Grade, f => (int)f.Grade, FilterDimension.Vacancy, f => f.VacancyId);
        return list;
    }
}

/// <summary>One quarter of a trend series: the counts and what is published.</summary>
public sealed record QuarterRow(int Quarter, GenderCounts Counts, SuppressedRow Published)
{
    public string Label => ViewKey.QuarterLabel(Quarter);
}

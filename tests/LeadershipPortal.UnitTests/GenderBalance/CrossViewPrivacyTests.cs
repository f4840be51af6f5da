using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.GenderBalance;

namespace LeadershipPortal.UnitTests.GenderBalance;

/// <summary>
/// An attacker's proof that the gender views keep every withheld cell unknown. The attacker opens every view the
/// filters reach (all applications, each vacancy, mission, position type, grade, region, nominating State and
/// quarter) and the trend, writes down every published number and every sum that binds them (each row, each
/// view = Σ of the finer views, all = Σ States + the self-nominated, all = Σ quarters, the shortlisted and the
/// appointed = Σ quarters of the move), and the bounds a label gives ("&lt;5": 0–4, "hidden": 5 or more, a shown
/// count of the stage before or after). For each withheld cell it then solves the sums exactly (Gauss–Jordan in
/// fractions) and checks that some change of the withheld cells keeping every sum moves that cell: subtraction and
/// elimination cannot give it back. Stages are attacked one at a time (the sums never mix stages).
/// Not proven here: that such a change also stays within every label's bounds (an attacker using "&lt;5" and
/// "hidden" as inequalities could still narrow a cell down); the bounds are recorded for that next step.
/// </summary>
public sealed class CrossViewPrivacyTests
{
    private const int Unbounded = 1_000;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void No_withheld_cell_can_be_worked_out_from_every_view_together(int seed)
    {
        var data = Dataset.Random(seed);
        var publication = FunnelPublication.Build(data.Vacancies, data.Atoms, data.Moves);

        var attack = Attacker.Read(data, v => publication.Funnel(v), publication.Moves);

        Assert.True(attack.Withheld > 0, "The data set should have small cells to protect.");
        Assert.Empty(attack.Determined());
    }

    [Fact]
    public void The_attacker_does_work_out_cells_that_were_protected_in_each_view_alone()
    {
        // The same attack against suppression view by view (the rule inside one table) must succeed somewhere,
        // or the proof above would prove nothing.
        var broken = Enumerable.Range(1, 8).Any(seed =>
        {
            var data = Dataset.Random(seed);
            var publication = FunnelPublication.Build(data.Vacancies, data.Atoms, data.Moves);
            GenderFunnel Alone(ViewKey v) => GenderFunnel.From(publication.Funnel(v).Stages.SelectMany(s =>
                GenderGroups.All.Select(g => (s.Stage, GenderOf(g), s.Counts[g]))));
            IReadOnlyList<QuarterRow> MovesAlone(ApplicationStage stage)
            {
                var rows = publication.Moves(stage);
                var published = SmallCells.SuppressTable(rows.Select(r => r.Counts).ToList(), additiveColumns: true);
                return rows.Select((r, i) => r with { Published = published[i] }).ToList();
            }

            return Attacker.Read(data, Alone, MovesAlone).Determined().Count > 0;
        });

        Assert.True(broken);
    }

    [Fact]
    public void A_view_of_one_mission_and_the_view_of_all_cannot_be_subtracted_to_reveal_the_rest()
    {
        // Mission 1 has 3 women of 20 applicants; all missions together 9 of 40. Only the mission's women are small,
        // but 9 − 3 = 6 would be the women elsewhere; they must not let "all − mission 1" give the 3 back either.
        var vacancies = new[] { new VacancyFacts(1, 1, 1, Grade.USG, Region.Africa), new VacancyFacts(2, 2, 1, Grade.USG, Region.Europe) };
        var atoms = new List<FunnelAtom>
        {
            new(1, 1, 20261, Gender.Woman, ApplicationStage.Submitted, 3),
            new(1, 1, 20261, Gender.Man, ApplicationStage.Submitted, 17),
            new(2, 1, 20261, Gender.Woman, ApplicationStage.Submitted, 6),
            new(2, 1, 20261, Gender.Man, ApplicationStage.Submitted, 14),
        };
        var publication = FunnelPublication.Build(vacancies, atoms, []);

        var mission = publication.Funnel(new ViewKey(FilterDimension.Mission, 1))[ApplicationStage.Submitted].Published;
        var other = publication.Funnel(new ViewKey(FilterDimension.Mission, 2))[ApplicationStage.Submitted].Published;
        var all = publication.Funnel(ViewKey.Overall)[ApplicationStage.Submitted].Published;

        Assert.Equal(CellState.Small, mission.Women.State);
        Assert.False(other.Women.IsShown && all.Women.IsShown, "all − the other mission would give mission 1's women back");
        Assert.Null(mission.ShareOfWomen);
    }

    private static Gender? GenderOf(GenderGroup group) => group switch
    {
        GenderGroup.Women => LeadershipPortal.Domain.Common.Gender.Woman,
        GenderGroup.Men => LeadershipPortal.Domain.Common.Gender.Man,
        GenderGroup.Another => LeadershipPortal.Domain.Common.Gender.Another,
        _ => null,
    };

    /// <summary>A small world of applications: five vacancies in three missions of two regions, three States and the self-nominated, three quarters.</summary>
    private sealed record Dataset(IReadOnlyList<VacancyFacts> Vacancies, IReadOnlyList<FunnelAtom> Atoms, IReadOnlyList<StageMove> Moves, int[] States, int[] Quarters)
    {
        public static Dataset Random(int seed)
        {
            var random = new Random(seed);
            VacancyFacts[] vacancies =
            [
                new(1, 1, 1, Grade.USG, Region.Africa),
                new(2, 1, 2, Grade.ASG, Region.Africa),
                new(3, 2, 1, Grade.USG, Region.Africa),
                new(4, 3, 2, Grade.ASG, Region.Europe),
                new(5, 3, 1, Grade.ASG, Region.Europe),
            ];
            int[] states = [1, 2, 3];
            int[] quarters = [20261, 20262, 20263];
            var stages = ApplicationStages.Funnel;
            var atoms = new Dictionary<(int, int?, int, Gender?, ApplicationStage), int>();
            var moves = new Dictionary<(ApplicationStage, int, Gender?), int>();
            var count = 50 + random.Next(40);
            for (var i = 0; i < count; i++)
            {
                var vacancy = vacancies[random.Next(vacancies.Length)].VacancyId;
                int? state = random.Next(5) == 0 ? null : states[random.Next(states.Length)];
                var quarter = quarters[random.Next(quarters.Length)];
                var roll = random.Next(10);
                var gender = roll < 4 ? LeadershipPortal.Domain.Common.Gender.Woman : roll < 8 ? LeadershipPortal.Domain.Common.Gender.Man : roll < 9 ? LeadershipPortal.Domain.Common.Gender.Another : (Gender?)null;
                var furthest = Math.Min(stages.Count - 1, (int)Math.Floor(-Math.Log(1 - random.NextDouble()) * 1.6));
                for (var s = 0; s <= furthest; s++)
                {
                    var key = (vacancy, state, quarter, gender, stages[s]);
                    atoms[key] = atoms.GetValueOrDefault(key) + 1;
                    if (stages[s] is ApplicationStage.Shortlisted or ApplicationStage.Appointed)
                    {
                        var moveQuarter = quarters[Math.Min(quarters.Length - 1, Array.IndexOf(quarters, quarter) + random.Next(2))];
                        moves[(stages[s], moveQuarter, gender)] = moves.GetValueOrDefault((stages[s], moveQuarter, gender)) + 1;
                    }
                }
            }

            return new Dataset(
                vacancies,
                atoms.Select(a => new FunnelAtom(a.Key.Item1, a.Key.Item2, a.Key.Item3, a.Key.Item4, a.Key.Item5, a.Value)).ToList(),
                moves.Select(m => new StageMove(m.Key.Item1, m.Key.Item2, m.Key.Item3, m.Value)).ToList(),
                states,
                quarters);
        }
    }

    /// <summary>What the attacker knows, per stage: each published cell as a value or bounds, and the sums between them.</summary>
    private sealed class Attacker
    {
        private readonly List<Stage> stages = [];

        public int Withheld => stages.Sum(s => s.Unknowns.Count(u => u.Published));

        public static Attacker Read(Dataset data, Func<ViewKey, GenderFunnel> funnel, Func<ApplicationStage, IReadOnlyList<QuarterRow>> moves)
        {
            // The views the filters reach; the self-nominated are not a view, so theirs is an unknown row.
            var views = new List<ViewKey> { ViewKey.Overall };
            views.AddRange(data.Vacancies.Select(v => new ViewKey(FilterDimension.Vacancy, v.VacancyId)));
            views.AddRange(data.Vacancies.Select(v => v.MissionId).Distinct().Select(m => new ViewKey(FilterDimension.Mission, m)));
            views.AddRange(data.Vacancies.Select(v => v.PositionTypeId).Distinct().Select(p => new ViewKey(FilterDimension.PositionType, p)));
            views.AddRange(data.Vacancies.Select(v => (int)v.Grade).Distinct().Select(g => new ViewKey(FilterDimension.Grade, g)));
            views.AddRange(data.Vacancies.Select(v => (int)v.Region).Distinct().Select(r => new ViewKey(FilterDimension.Region, r)));
            views.AddRange(data.States.Select(s => new ViewKey(FilterDimension.NominatingState, s)));
            views.AddRange(data.Quarters.Select(q => new ViewKey(FilterDimension.Quarter, q)));
            var attacker = new Attacker();
            var funnels = views.ToDictionary(v => v, funnel);
            var trueSelf = funnel(ViewKey.SelfNominated);
            var byStage = ApplicationStages.Funnel;
            for (var s = 0; s < byStage.Count; s++)
            {
                var stage = new Stage();
                var rows = new Dictionary<object, int[]>();
                foreach (var view in views)
                {
                    // A stage is never larger than the one before: a shown neighbour bounds a withheld cell.
                    var row = funnels[view];
                    rows[view] = stage.AddRow(row[byStage[s]].Published, row[byStage[s]].Counts, s + 1 < byStage.Count ? row[byStage[s + 1]].Published : null, s > 0 ? row[byStage[s - 1]].Published : null, published: true);
                }

                rows["self"] = stage.AddRow(null, trueSelf[byStage[s]].Counts, null, null, published: false);
                int[] Row(FilterDimension d, int value) => rows[new ViewKey(d, value)];
                var all = Row(FilterDimension.Overall, 0);
                // Every published sum.
                stage.AddSum(all, data.Vacancies.Select(v => Row(FilterDimension.Vacancy, v.VacancyId)));
                foreach (var g in data.Vacancies.GroupBy(v => v.MissionId))
                {
                    stage.AddSum(Row(FilterDimension.Mission, g.Key), g.Select(v => Row(FilterDimension.Vacancy, v.VacancyId)));
                }

                foreach (var g in data.Vacancies.GroupBy(v => v.PositionTypeId))
                {
                    stage.AddSum(Row(FilterDimension.PositionType, g.Key), g.Select(v => Row(FilterDimension.Vacancy, v.VacancyId)));
                }

                foreach (var g in data.Vacancies.GroupBy(v => (int)v.Grade))
                {
                    stage.AddSum(Row(FilterDimension.Grade, g.Key), g.Select(v => Row(FilterDimension.Vacancy, v.VacancyId)));
                }

                foreach (var g in data.Vacancies.GroupBy(v => (int)v.Region))
                {
                    stage.AddSum(Row(FilterDimension.Region, g.Key), g.Select(v => Row(FilterDimension.Vacancy, v.VacancyId)));
                }

                stage.AddSum(all, data.States.Select(x => Row(FilterDimension.NominatingState, x)).Append(rows["self"]));
                stage.AddSum(all, data.Quarters.Select(q => Row(FilterDimension.Quarter, q)));
                var trend = moves(byStage[s]);
                if (trend.Count > 0)
                {
                    stage.AddSum(all, trend.Select(t => stage.AddRow(t.Published, t.Counts, null, null, published: true)));
                }

                attacker.stages.Add(stage);
            }

            return attacker;
        }

        /// <summary>
        /// The published withheld cells of 1–4 people for which no second world exists. (A withheld 0 or 5+ that the
        /// sums fix reveals nothing the rule would not have shown: zero and five or more are published counts.)
        /// </summary>
        public IReadOnlyList<string> Determined() =>
            stages.SelectMany((stage, s) => stage.Unknowns
                .Select((u, i) => (u, i))
                .Where(p => p.u.Published && p.u.Value is > 0 and < SmallCells.Threshold && !stage.HasAnotherWorld(p.i))
                .Select(p => $"stage {ApplicationStages.Funnel[s]}: a cell withheld as {p.u.Label} is {p.u.Value}"))
            .ToList();
    }

    private sealed record Unknown(int Value, int Min, int Max, bool Published, string Label);

    /// <summary>One stage: cells are constants (shown) or unknowns (index ≥ 0 in <see cref="Unknowns"/>), and sums over them.</summary>
    private sealed class Stage
    {
        private readonly List<Dictionary<int, int>> equations = [];

        public List<Unknown> Unknowns { get; } = [];

        /// <summary>Cells as ids: ≥ 0 an unknown, &lt; 0 a constant −(id + 1).</summary>
        private readonly List<int> cellValues = [];

        public int[] AddRow(SuppressedRow? row, GenderCounts truth, SuppressedRow? next, SuppressedRow? previous, bool published)
        {
            var ids = new int[5];
            for (var c = 0; c < 5; c++)
            {
                var value = c < 4 ? truth[GenderGroups.All[c]] : truth.Total;
                var cell = row is null ? (Cell?)null : c < 4 ? row[GenderGroups.All[c]] : row.Total;
                if (cell is { IsShown: true } shown)
                {
                    Assert.Equal(value, shown.Value);
                    cellValues.Add(value);
                    ids[c] = -cellValues.Count;
                    continue;
                }

                var (min, max) = cell is { } withheld ? withheld.Bounds(Unbounded) : (0, Unbounded);
                if ((c < 4 ? next?[GenderGroups.All[c]] : next?.Total) is { IsShown: true } n)
                {
                    min = Math.Max(min, n.Value);
                }

                if ((c < 4 ? previous?[GenderGroups.All[c]] : previous?.Total) is { IsShown: true } p)
                {
                    max = Math.Min(max, p.Value);
                }

                Assert.InRange(value, min, max);
                Unknowns.Add(new Unknown(value, min, max, published, cell?.Display ?? "unpublished"));
                ids[c] = Unknowns.Count - 1;
            }

            // Women + men + another + not stated = total.
            AddEquation([(ids[0], 1), (ids[1], 1), (ids[2], 1), (ids[3], 1), (ids[4], -1)]);
            return ids;
        }

        public void AddSum(int[] parent, IEnumerable<int[]> children)
        {
            var list = children.ToList();
            for (var c = 0; c < 5; c++)
            {
                AddEquation(list.Select(r => (r[c], 1)).Append((parent[c], -1)));
            }
        }

        /// <summary>Only the unknowns matter to a second world: the constants of an equation cancel (the true world satisfies it).</summary>
        private void AddEquation(IEnumerable<(int Id, int Coefficient)> terms)
        {
            var unknowns = new Dictionary<int, int>();
            foreach (var (id, coefficient) in terms.Where(t => t.Id >= 0))
            {
                unknowns[id] = unknowns.GetValueOrDefault(id) + coefficient;
            }

            if (unknowns.Count > 0)
            {
                equations.Add(unknowns);
            }
        }

        /// <summary>
        /// Whether a change of the withheld cells that keeps every published sum can move this one: a vector of the
        /// null space of the equations with a non-zero entry for it. Without one, the sums fix the cell exactly.
        /// </summary>
        public bool HasAnotherWorld(int target)
        {
            nullSpace ??= NullSpace();
            return nullSpace.Any(v => v[target] != 0);
        }

        private List<long[]>? nullSpace;

        /// <summary>A basis of the integer solutions of the equations (Gauss–Jordan in exact fractions).</summary>
        private List<long[]> NullSpace()
        {
            var n = Unknowns.Count;
            var rows = equations.Select(e =>
            {
                var row = new Fraction[n];
                Array.Fill(row, Fraction.Zero);
                foreach (var (id, c) in e)
                {
                    row[id] = new Fraction(c, 1);
                }

                return row;
            }).ToList();
            var pivots = new List<int>();
            var r = 0;
            for (var c = 0; c < n && r < rows.Count; c++)
            {
                var p = Enumerable.Range(r, rows.Count - r).FirstOrDefault(i => !rows[i][c].IsZero, -1);
                if (p < 0)
                {
                    continue;
                }

                (rows[r], rows[p]) = (rows[p], rows[r]);
                var pivot = rows[r][c];
                rows[r] = rows[r].Select(x => x / pivot).ToArray();
                for (var i = 0; i < rows.Count; i++)
                {
                    if (i != r && !rows[i][c].IsZero)
                    {
                        var f = rows[i][c];
                        rows[i] = rows[i].Zip(rows[r], (x, y) => x - (f * y)).ToArray();
                    }
                }

                pivots.Add(c);
                r++;
            }

            var basis = new List<long[]>();
            foreach (var free in Enumerable.Range(0, n).Except(pivots))
            {
                var v = new Fraction[n];
                Array.Fill(v, Fraction.Zero);
                v[free] = new Fraction(1, 1);
                for (var i = 0; i < pivots.Count; i++)
                {
                    v[pivots[i]] = -rows[i][free];
                }

                var lcm = v.Aggregate(1L, (acc, x) => acc / Gcd(acc, x.Denominator) * x.Denominator);
                basis.Add(v.Select(x => x.Numerator * (lcm / x.Denominator)).ToArray());
            }

            return basis;
        }

        private static long Gcd(long a, long b) => b == 0 ? Math.Abs(a) : Gcd(b, a % b);

        private readonly record struct Fraction(long Numerator, long Denominator)
        {
            public static readonly Fraction Zero = new(0, 1);

            public bool IsZero => Numerator == 0;

            public static Fraction operator -(Fraction a) => new(-a.Numerator, a.Denominator);

            public static Fraction operator -(Fraction a, Fraction b) => Make((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

            public static Fraction operator *(Fraction a, Fraction b) => Make(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

            public static Fraction operator /(Fraction a, Fraction b) => Make(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

            private static Fraction Make(long n, long d)
            {
                if (d < 0)
                {
                    (n, d) = (-n, -d);
                }

                var g = Gcd(n, d);
                return g == 0 ? Zero : new Fraction(n / g, d / g);
            }
        }
    }
}

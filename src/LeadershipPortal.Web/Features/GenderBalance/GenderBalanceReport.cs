using System.Globalization;
using System.Text.RegularExpressions;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.GenderBalance;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Common;
using LeadershipPortal.Web.Features.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.GenderBalance;

/// <summary>The filters a reader may choose from; quarters are those with applications (year × 10 + quarter).</summary>
public sealed record GenderBalanceOptions(
    IReadOnlyList<Option> Vacancies,
    IReadOnlyList<Option> Missions,
    IReadOnlyList<Option> PositionTypes,
    IReadOnlyList<Option> States,
    IReadOnlyList<int> Quarters)
{
    private static long builds;

    /// <summary>Unique to this build of the options (rebuilt when the data changes): the page's cached pickers vary by it.</summary>
    public long Build { get; } = Interlocked.Increment(ref builds);
}

/// <summary>
/// The filter as asked for. At most one may be set: views with one filter each form additive families that
/// <see cref="FunnelPublication"/> protects together, while two filters at once would not be covered.
/// A quarter is written "2026-Q1".
/// </summary>
public sealed record GenderBalanceFilter(
    int? VacancyId = null,
    int? MissionId = null,
    int? PositionTypeId = null,
    Grade? Grade = null,
    Region? Region = null,
    int? NominatingStateId = null,
    string? Quarter = null)
{
    public static readonly GenderBalanceFilter None = new();

    public static string QuarterValue(int quarter) => $"{quarter / 10}-Q{quarter % 10}";
}

/// <summary>A refusal of a filter in words: a template for the localizer and its values.</summary>
public sealed record FilterError(string Template, params object[] Values);

/// <summary>One nominating State: the applications of its nominees by gender (published), Parity+ and how far they went.</summary>
public sealed record StateRow(int StateId, string State, SuppressedRow Published, Cell Shortlisted, Cell Appointed)
{
    public const string SelfNominatedLabel = "Self-nominated (no nominating State)";

    /// <summary>The row of applicants no State nominated (Parity+ does not apply to them).</summary>
    public bool IsSelfNominated => StateId == ViewKey.SelfNominated.Value;

    /// <summary>
    /// Parity+ (at least as many women as men nominated), judged from the published cells only: true or false when
    /// their bounds decide it ("&lt;5" is 0–4, "hidden" 5 or more), null (not reportable) when they do not, so the
    /// flag never tells more than the counts beside it.
    /// </summary>
    public bool? MeetsParityPlus
    {
        get
        {
            if (IsSelfNominated)
            {
                return null;
            }

            var (wMin, wMax) = Published.Women.Bounds(int.MaxValue);
            var (mMin, mMax) = Published.Men.Bounds(int.MaxValue);
            return wMin >= mMax ? true : wMax < mMin ? false : null;
        }
    }

    public double? ShortlistRate => Rate(Shortlisted);

    public double? AppointmentRate => Rate(Appointed);

    private double? Rate(Cell reached) => reached.IsShown && Published.Total.IsShown && Published.Total.Value > 0 ? (double)reached.Value / Published.Total.Value : null;
}

public enum TrendSeries
{
    Applicants,
    Shortlisted,
    Appointed,
}

public sealed record TrendRow(TrendSeries Series, int Year, int Quarter, SuppressedRow Published)
{
    public string Label => $"{Year} Q{Quarter}";
}

/// <summary>A target with how far it is met by the appointments in its scope and what it still needs.</summary>
public sealed record TargetReport(TargetRow Target, SuppressedRow Appointments, TargetAttainment Attainment, int VacanciesInScope, TargetForecast Forecast, Cell WomenReadyNow);

/// <summary>The target that applies to a view and how the view's appointments compare with it.</summary>
public sealed record ViewAttainment(TargetRow Target, TargetAttainment Attainment);

/// <summary>Everything the gender balance page shows for one view. States and trend are views of all applications only.</summary>
public sealed record GenderBalanceView(
    ViewKey Key,
    GenderFunnel Funnel,
    IReadOnlyList<StageImpact> Impacts,
    ViewAttainment? Attainment,
    IReadOnlyList<StateRow> States,
    IReadOnlyList<TrendRow> Trend,
    IReadOnlyList<TargetReport> Targets)
{
    public bool IsOverall => Key == ViewKey.Overall;
}

/// <summary>The options, the refusals and (when the filter was accepted) the view.</summary>
public sealed record GenderBalancePage(GenderBalanceOptions Options, IReadOnlyList<FilterError> Errors, GenderBalanceView? View);

/// <summary>
/// The gender balance page: every count is a published cell of the one <see cref="FunnelPublication"/> (funnel,
/// adverse impact, nominating States, trend, targets), so every view is suppressed together with all the others.
/// A bounded number of small queries per request; the publication itself is rebuilt only when the data changed.
/// </summary>
public sealed partial class GenderBalanceReport(PortalDbContext db, GenderFunnelQuery funnels, ReadModelCache cache)
{
    private static readonly DataArea[] InputsFrom = [DataArea.Reference, DataArea.Vacancies, DataArea.Candidates, DataArea.Applications, DataArea.GenderBalance];

    public async Task<GenderBalancePage> PageAsync(GenderBalanceFilter filter, CancellationToken cancellationToken = default)
    {
        var data = await funnels.LoadAsync(cancellationToken);
        var inputs = await cache.GetAsync(nameof(GenderBalanceReport), InputsFrom, () => InputsAsync(cancellationToken), cancellationToken);

        // The pickers and each accepted view follow from the publication and the inputs alone, so they are made once
        // per build too (a view per published key at most), not on every request.
        var options = await cache.GetAsync(nameof(GenderBalanceOptions), InputsFrom, () => Task.FromResult(Options(data, inputs)), cancellationToken);
        var (key, errors) = Resolve(filter, data, options, inputs.StateNames);
        if (key is null)
        {
            return new GenderBalancePage(options, errors, null);
        }

        var view = await cache.GetAsync((nameof(GenderBalanceView), key.Value), InputsFrom, () => Task.FromResult(View(key.Value, data, inputs)), cancellationToken);
        return new GenderBalancePage(options, [], view);
    }

    private static GenderBalanceOptions Options(GenderData data, ReportInputs inputs)
    {
        var views = data.Publication.Views.ToList();
        return new GenderBalanceOptions(
            data.Vacancies.Select(v => new Option(v.Facts.VacancyId, v.Key)).ToList(),
            inputs.Missions,
            inputs.Positions,
            views.Where(v => v.Dimension == FilterDimension.NominatingState && inputs.StateNames.ContainsKey(v.Value))
                .Select(v => new Option(v.Value, inputs.StateNames[v.Value])).OrderBy(o => o.Name, StringComparer.Ordinal).ToList(),
            views.Where(v => v.Dimension == FilterDimension.Quarter).Select(v => v.Value).OrderDescending().ToList());
    }

    private static GenderBalanceView View(ViewKey key, GenderData data, ReportInputs inputs)
    {
        var targets = Targets(data, inputs);
        var funnel = data.Publication.Funnel(key);
        var overall = key == ViewKey.Overall;
        return new GenderBalanceView(
            key,
            funnel,
            funnel.AdverseImpacts(),
            Attainment(key, data, targets.Select(t => t.Target).ToList(), funnel),
            overall ? States(data.Publication, inputs.StateNames) : [],
            overall ? Trend(data.Publication) : [],
            targets);
    }

    /// <summary>The one view a filter names, or why it names none.</summary>
    private static (ViewKey? Key, IReadOnlyList<FilterError> Errors) Resolve(GenderBalanceFilter filter, GenderData data, GenderBalanceOptions options, IReadOnlyDictionary<int, string> states)
    {
        var chosen = new object?[] { filter.VacancyId, filter.MissionId, filter.PositionTypeId, filter.Grade, filter.Region, filter.NominatingStateId, filter.Quarter }.Count(v => v is not null);
        if (chosen > 1)
        {
            return (null, [new FilterError("Choose one filter at a time: {0} were chosen together. Combining filters would let small counts be worked out by subtraction.", chosen)]);
        }

        FilterError? error = null;
        ViewKey key = ViewKey.Overall;
        if (filter.VacancyId is { } vacancy)
        {
            key = new(FilterDimension.Vacancy, vacancy);
            error = data.Vacancy(vacancy) is null ? new("There is no vacancy with the id {0}.", vacancy) : null;
        }
        else if (filter.MissionId is { } mission)
        {
            key = new(FilterDimension.Mission, mission);
            error = options.Missions.Any(m => m.Id == mission) ? null : new("There is no mission with the id {0}.", mission);
        }
        else if (filter.PositionTypeId is { } position)
        {
            key = new(FilterDimension.PositionType, position);
            error = options.PositionTypes.Any(p => p.Id == position) ? null : new("There is no position type with the id {0}.", position);
        }
        else if (filter.Grade is { } grade)
        {
            key = new(FilterDimension.Grade, (int)grade);
            error = Enum.IsDefined(grade) ? null : new("There is no grade {0}.", grade);
        }
        else if (filter.Region is { } region)
        {
            key = new(FilterDimension.Region, (int)region);
            error = Enum.IsDefined(region) ? null : new("There is no region {0}.", region);
        }
        else if (filter.NominatingStateId is { } state)
        {
            key = new(FilterDimension.NominatingState, state);
            error = states.ContainsKey(state) ? null : new("There is no Member State with the id {0}.", state);
        }
        else if (filter.Quarter is { } text)
        {
            var match = QuarterPattern().Match(text.Trim());
            var quarter = match.Success ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) * 10) + int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
            key = new(FilterDimension.Quarter, quarter);
            error = !match.Success
                ? new("The quarter “{0}” cannot be read: write it as 2026-Q1, or choose one from the list.", text)
                : options.Quarters.Contains(quarter) ? null : new("No applications were submitted in {0}: choose a quarter from the list.", new Sentence("{0} Q{1}", (quarter / 10).ToString(CultureInfo.InvariantCulture), quarter % 10));
        }

        return error is null ? (key, []) : (null, [error]);
    }

    /// <summary>
    /// The nominating States' rows: the States' views of the publication, then the self-nominated (no State), so that
    /// the rows add up to all applications as the publication protects them.
    /// </summary>
    private static List<StateRow> States(FunnelPublication publication, IReadOnlyDictionary<int, string> names) =>
        publication.Views
            .Where(v => v.Dimension == FilterDimension.NominatingState && v != ViewKey.SelfNominated && names.ContainsKey(v.Value))
            .OrderBy(v => names[v.Value], StringComparer.Ordinal)
            .Append(ViewKey.SelfNominated)
            .Select(v =>
            {
                var funnel = publication.Funnel(v);
                return new StateRow(v.Value, v == ViewKey.SelfNominated ? StateRow.SelfNominatedLabel : names[v.Value], funnel[ApplicationStage.Submitted].Published, funnel[ApplicationStage.Shortlisted].Published.Total, funnel[ApplicationStage.Appointed].Published.Total);
            })
            .ToList();

    /// <summary>
    /// Per quarter (UTC), continuous from the first to the last: applicants are the quarter's view (quarter applied),
    /// shortlisted and appointed the publication's moves (quarter of the move).
    /// </summary>
    private static List<TrendRow> Trend(FunnelPublication publication)
    {
        var shortlisted = publication.Moves(ApplicationStage.Shortlisted).ToDictionary(r => r.Quarter, r => r.Published);
        var appointed = publication.Moves(ApplicationStage.Appointed).ToDictionary(r => r.Quarter, r => r.Published);
        var known = publication.Views.Where(v => v.Dimension == FilterDimension.Quarter).Select(v => v.Value).Concat(shortlisted.Keys).Concat(appointed.Keys).ToList();
        var rows = new List<TrendRow>();
        if (known.Count == 0)
        {
            return rows;
        }

        var none = SmallCells.Suppress(GenderCounts.None);
        for (var q = known.Min(); q <= known.Max(); q = ViewKey.NextQuarter(q))
        {
            rows.Add(new TrendRow(TrendSeries.Applicants, q / 10, q % 10, publication.Funnel(new ViewKey(FilterDimension.Quarter, q))[ApplicationStage.Submitted].Published));
            rows.Add(new TrendRow(TrendSeries.Shortlisted, q / 10, q % 10, shortlisted.GetValueOrDefault(q, none)));
            rows.Add(new TrendRow(TrendSeries.Appointed, q / 10, q % 10, appointed.GetValueOrDefault(q, none)));
        }

        return rows;
    }

    /// <summary>
    /// What the page reads besides the publication: names for the pickers, the targets and the women ready now in the
    /// roster. A fixed handful of queries, kept in memory (<see cref="ReadModelCache"/>) until any of it changes.
    /// </summary>
    private async Task<ReportInputs> InputsAsync(CancellationToken cancellationToken)
    {
        var missions = await db.Missions.AsNoTracking().OrderBy(m => m.Code).Select(m => new Option(m.Id, m.Code)).ToListAsync(cancellationToken);
        var positions = await db.PositionTypes.AsNoTracking().OrderBy(p => p.Id).Select(p => new Option(p.Id, p.Name)).ToListAsync(cancellationToken);
        var stateNames = await db.MemberStates.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var targets = GenderTargets.Rows(
            await db.GenderTargets.AsNoTracking().OrderBy(t => t.Scope).ThenBy(t => t.DeadlineUtc).ToListAsync(cancellationToken),
            missions.ToDictionary(m => m.Id, m => m.Name),
            positions.ToDictionary(p => p.Id, p => p.Name));

        // Women in the roster rated ready now; for a position type, those who applied for one (the roster is not kept per mission).
        var ready = db.Candidates.AsNoTracking().Where(c => c.UserId != null && c.Gender == Gender.Woman && c.Readiness == Readiness.ReadyNow);
        var readyNow = targets.Count == 0 ? 0 : await ready.CountAsync(cancellationToken);
        var readyByPosition = targets.Any(t => t.Scope == TargetScope.PositionType)
            ? await (
                from a in db.Applications.AsNoTracking()
                join v in db.Vacancies on a.VacancyId equals v.Id
                join c in ready on a.CandidateId equals c.Id
                group c.Id by v.PositionTypeId into g
                select new { PositionTypeId = g.Key, Count = g.Distinct().Count() })
                .ToDictionaryAsync(x => x.PositionTypeId, x => x.Count, cancellationToken)
            : [];
        return new ReportInputs(missions, positions, stateNames, targets, readyNow, readyByPosition);
    }

    private sealed record ReportInputs(
        IReadOnlyList<Option> Missions,
        IReadOnlyList<Option> Positions,
        IReadOnlyDictionary<int, string> StateNames,
        IReadOnlyList<TargetRow> Targets,
        int ReadyNow,
        IReadOnlyDictionary<int, int> ReadyByPosition);

    /// <summary>Each target against the published appointments of its scope's view, with its forecast.</summary>
    private static List<TargetReport> Targets(GenderData data, ReportInputs inputs)
    {
        var (targets, readyNow, readyByPosition) = (inputs.Targets, inputs.ReadyNow, inputs.ReadyByPosition);
        return targets.Select(target =>
        {
            var appointments = data.Publication.Funnel(ViewOf(target))[ApplicationStage.Appointed].Published;
            var inScope = data.Vacancies.Where(v => InScope(target, v.Facts)).ToList();

            // Expected appointments: vacancies in scope that close before the deadline and have nobody appointed yet.
            var expected = inScope.Count(v => v.ClosesAtUtc <= target.DeadlineUtc && !v.HasAppointment);
            var women = target.Scope == TargetScope.PositionType ? readyByPosition.GetValueOrDefault(target.ScopeId!.Value) : readyNow;
            return new TargetReport(
                target,
                appointments,
                TargetAttainment.Evaluate(target.SharePercent, appointments.ShareOfWomen),
                inScope.Count,
                TargetForecast.From(target.SharePercent, appointments.Women, appointments.Total, expected, inScope.Count),
                SmallCells.Single(women));
        }).ToList();
    }

    /// <summary>
    /// The target for a view: the mission's (of the filter or of its vacancy), else the position type's, else the
    /// one for all senior posts; compared with the share of women among the view's appointments as published.
    /// </summary>
    private static ViewAttainment? Attainment(ViewKey key, GenderData data, IReadOnlyList<TargetRow> targets, GenderFunnel funnel)
    {
        var vacancy = key.Dimension == FilterDimension.Vacancy ? data.Vacancy(key.Value)?.Facts : null;
        int? missionId = key.Dimension == FilterDimension.Mission ? key.Value : vacancy?.MissionId;
        int? positionTypeId = key.Dimension == FilterDimension.PositionType ? key.Value : vacancy?.PositionTypeId;
        var target = targets.FirstOrDefault(t => t.Scope == TargetScope.Mission && missionId is not null && t.ScopeId == missionId)
            ?? targets.FirstOrDefault(t => t.Scope == TargetScope.PositionType && positionTypeId is not null && t.ScopeId == positionTypeId)
            ?? targets.FirstOrDefault(t => t.Scope == TargetScope.AllSeniorPosts);
        return target is null ? null : new ViewAttainment(target, TargetAttainment.Evaluate(target.SharePercent, funnel[ApplicationStage.Appointed].Published.ShareOfWomen));
    }

    /// <summary>A target's scope is one view of the publication.</summary>
    private static ViewKey ViewOf(TargetRow target) => target.Scope switch
    {
        TargetScope.Mission => new ViewKey(FilterDimension.Mission, target.ScopeId!.Value),
        TargetScope.PositionType => new ViewKey(FilterDimension.PositionType, target.ScopeId!.Value),
        _ => ViewKey.Overall,
    };

    private static bool InScope(TargetRow target, VacancyFacts vacancy) => target.Scope switch
    {
        TargetScope.Mission => vacancy.MissionId == target.ScopeId,
        TargetScope.PositionType => vacancy.PositionTypeId == target.ScopeId,
        _ => true,
    };

    [GeneratedRegex(@"^(\d{4})-?Q([1-4])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuarterPattern();
}

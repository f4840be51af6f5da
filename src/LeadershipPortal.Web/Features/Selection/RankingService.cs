using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Assessments;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Scoring;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Selection;

public sealed record FlaggedCompetency(int CompetencyId, string Name, int Lowest, int Highest);

public sealed record RankingRow(
    int ApplicationId,
    string CandidateCode,
    string Name,
    Gender? Gender,
    ApplicationStage Stage,
    int? Rank,
    double? Raw,
    double? Adjusted,
    string Coverage,
    bool? Eligible,
    IReadOnlyList<string> BelowMinimum,
    MissionFitResult Fit,
    IReadOnlyList<FlaggedCompetency> UnresolvedDisagreements,
    bool FeedbackReleased);

public sealed record RankingView(int VacancyId, string VacancyKey, string VacancyTitle, IReadOnlyList<RankingRow> Rows, string TieBreakers);

/// <summary>
/// The HR ranking of a vacancy: each application's raw and leniency-adjusted totals from its latest scored
/// stage, eligibility, mission fit and unresolved disagreements, computed by the domain's scoring functions.
/// A 500-applicant competition has some 10,000 counted ratings, so the ranked rows are kept in memory
/// (<see cref="ReadModelCache"/>) until anything they are built from changes: a rating, a stage, a profile, the vacancy.
/// </summary>
public sealed class RankingService(PortalDbContext db, ReadModelCache cache)
{
    private static readonly DataArea[] BuiltFrom =
        [DataArea.Reference, DataArea.Competencies, DataArea.Vacancies, DataArea.Candidates, DataArea.Applications, DataArea.Assessments];

    public async Task<RankingView?> LoadAsync(int vacancyId, string? sort, CancellationToken cancellationToken = default)
    {
        var ranking = await cache.GetAsync((nameof(RankingService), vacancyId), BuiltFrom, () => BuildAsync(vacancyId, cancellationToken), cancellationToken);
        return ranking.View switch
        {
            null => null,

            // The cached rows are in rank order already, the default.
            { } view when sort is null or "rank" => view,
            { } view => view with { Rows = Sort(view.Rows, sort) },
        };
    }

    private async Task<Ranking> BuildAsync(int vacancyId, CancellationToken cancellationToken)
    {
        var vacancy = await db.Vacancies.AsNoTracking().Include(v => v.Competencies).SingleOrDefaultAsync(v => v.Id == vacancyId, cancellationToken);
        if (vacancy is null)
        {
            return new Ranking(null);
        }

        // Column projections only: no statements, evidence texts or whole profiles, and every query is bounded by the
        // vacancy (joins, not a list of ids), so a 500-applicant competition costs the same commands as a small one.
        var applications = await (
            from a in db.Applications.AsNoTracking()
            where a.VacancyId == vacancyId && a.Stage != ApplicationStage.Draft
            join c in db.Candidates on a.CandidateId equals c.Id
            orderby a.Id
            select new ApplicationRow(
                a.Id, a.CandidateCode, a.Stage, a.FeedbackReleasedAtUtc != null, c.FullName, c.Gender,
                c.Languages, c.Regions, c.MandateAreas, c.YearsInSeniorPosts))
            .ToListAsync(cancellationToken);
        var counted = await CountedAssessmentsAsync(vacancyId, cancellationToken);
        var notes = (await (
                from n in db.ConsensusNotes.AsNoTracking()
                join a in db.Applications on n.ApplicationId equals a.Id
                where a.VacancyId == vacancyId && a.Stage != ApplicationStage.Draft
                select new { n.ApplicationId, n.Stage, n.CompetencyId })
                .ToListAsync(cancellationToken))
            .ToLookup(n => n.ApplicationId);
        var competencyIds = vacancy.Competencies.Select(c => c.CompetencyId).ToList();
        var names = await db.Competencies.Where(c => competencyIds.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);

        // Each application counts the ratings of the latest stage at which its panel submitted.
        var latestStage = counted.GroupBy(s => s.ApplicationId).ToDictionary(g => g.Key, g => g.Max(s => s.Stage));
        var needs = MissionNeedsInput.From(vacancy.Needs);
        var fits = applications.ToDictionary(a => a.Id, a => MissionFit.Score(needs, new CandidateFitInput(a.Languages, a.Regions, a.MandateAreas, a.YearsInSeniorPosts)));
        var ratings = counted
            .Where(s => latestStage[s.ApplicationId] == s.Stage && competencyIds.All(s.Ratings.ContainsKey))
            .Select(s => new AssessorRatings(s.AssessorId, s.ApplicationId, s.Ratings))
            .ToList();
        var sheet = VacancyScoring.Compute(
            vacancy.Competencies.Select(ScoringCompetency.From).ToList(),
            applications.Select(a => new ScoringApplication(a.Id, a.CandidateCode, fits[a.Id].Score)).ToList(),
            ratings);
        var scores = sheet.Ranked.ToDictionary(s => s.ApplicationId);

        var rows = applications.Select(a =>
        {
            var score = scores.GetValueOrDefault(a.Id);
            var resolved = notes[a.Id].Where(n => latestStage.TryGetValue(n.ApplicationId, out var stage) && n.Stage == stage).Select(n => n.CompetencyId).ToHashSet();
            var flags = score is null ? [] : score.Competencies
                .Where(c => c.IsDisagreement && !resolved.Contains(c.CompetencyId))
                .Select(c => new FlaggedCompetency(c.CompetencyId, names[c.CompetencyId], c.LowestRating, c.HighestRating))
                .ToList();
            return new RankingRow(
                a.Id,
                a.CandidateCode,
                a.FullName,
                a.Gender,
                a.Stage,
                score?.Rank,
                score?.Raw,
                score?.Adjusted,
                score is null ? "Not scored" : score.Coverage.ToString(),
                score?.IsEligible,
                score is null ? [] : score.Competencies.Where(c => !c.MeetsMinimum).Select(c => names[c.CompetencyId]).ToList(),
                fits[a.Id],
                flags,
                a.FeedbackReleased);
        });

        return new Ranking(new RankingView(vacancy.Id, vacancy.Key, vacancy.Title, Sort(rows, sort: null), VacancyScoreSheet.TieBreakers));
    }

    /// <summary>The ratings of the assessments that count (submitted, no conflict) of the vacancy's applications.</summary>
    private async Task<List<CountedAssessment>> CountedAssessmentsAsync(int vacancyId, CancellationToken cancellationToken)
    {
        var rows = await (
            from s in db.Assessments.AsNoTracking()
            join a in db.Applications on s.ApplicationId equals a.Id
            where a.VacancyId == vacancyId && a.Stage != ApplicationStage.Draft && s.SubmittedAtUtc != null && s.Conflict == ConflictDeclaration.NoConflict
            from r in db.Ratings.Where(r => r.AssessmentId == s.Id).DefaultIfEmpty()
            select new { s.Id, s.AssessorId, s.ApplicationId, s.Stage, CompetencyId = (int?)r!.CompetencyId, Rating = (int?)r.Rating })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => r.Id)
            .Select(g => new CountedAssessment(
                g.First().AssessorId,
                g.First().ApplicationId,
                g.First().Stage,
                g.Where(r => r.CompetencyId is not null).ToDictionary(r => r.CompetencyId!.Value, r => r.Rating!.Value)))
            .ToList();
    }

    /// <summary>A vacancy's ranking as cached; no view when there is no such vacancy.</summary>
    private sealed record Ranking(RankingView? View);

    private sealed record CountedAssessment(string AssessorId, int ApplicationId, ApplicationStage Stage, IReadOnlyDictionary<int, int> Ratings);

    private sealed record ApplicationRow(
        int Id,
        string CandidateCode,
        ApplicationStage Stage,
        bool FeedbackReleased,
        string FullName,
        Gender? Gender,
        List<LanguageSkill> Languages,
        List<Region> Regions,
        List<MandateArea> MandateAreas,
        int YearsInSeniorPosts);

    private static List<RankingRow> Sort(IEnumerable<RankingRow> rows, string? sort) => sort switch
    {
        "raw" => rows.OrderByDescending(r => r.Raw ?? double.MinValue).ThenBy(r => r.CandidateCode, StringComparer.Ordinal).ToList(),
        "fit" => rows.OrderByDescending(r => r.Fit.Score).ThenBy(r => r.CandidateCode, StringComparer.Ordinal).ToList(),
        "stage" => rows.OrderBy(r => r.Stage).ThenBy(r => r.Rank ?? int.MaxValue).ToList(),
        "name" => rows.OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList(),
        _ => rows.OrderBy(r => r.Rank ?? int.MaxValue).ThenBy(r => r.CandidateCode, StringComparer.Ordinal).ToList(),
    };
}

using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Assessments;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Scoring;
using LeadershipPortal.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

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
/// </summary>
public sealed class RankingService(PortalDbContext db, IMemoryCache cache)
{
    /// <summary>How long an unused vacancy's ratings stay in memory.</summary>
    public static readonly TimeSpan RatingsCacheIdle = TimeSpan.FromMinutes(10);

    public async Task<RankingView?> LoadAsync(int vacancyId, string? sort, CancellationToken cancellationToken = default)
    {
        var vacancy = await db.Vacancies.AsNoTracking().Include(v => v.Competencies).SingleOrDefaultAsync(v => v.Id == vacancyId, cancellationToken);
        if (vacancy is null)
        {
            return null;
        }

        // Column projections only: no statements, evidence texts or whole profiles, and every query is bounded by the
        // vacancy (joins, not a list of ids), so a 500-applicant competition costs the same five commands as a small one
        // (six on the first view after a submission, which reloads the counted ratings).
        var applications = await (
            from a in db.Applications.AsNoTracking()
            where a.VacancyId == vacancyId && a.Stage != ApplicationStage.Draft
            join c in db.Candidates on a.CandidateId equals c.Id
            orderby a.Id
            select new ApplicationRow(
                a.Id, a.CandidateCode, a.Stage, a.FeedbackReleasedAtUtc != null, c.FullName, c.Gender,
                c.Languages, c.Regions, c.MandateAreas, c.YearsInSeniorPosts))
            .ToListAsync(cancellationToken);
        var counted = await CountedRatingsAsync(vacancyId, cancellationToken);
        var notes = (await (
                from n in db.ConsensusNotes.AsNoTracking()
                join a in db.Applications on n.ApplicationId equals a.Id
                where a.VacancyId == vacancyId && a.Stage != ApplicationStage.Draft
                select new { n.ApplicationId, n.Stage, n.CompetencyId })
                .ToListAsync(cancellationToken))
            .ToLookup(n => n.ApplicationId);
        var competencyIds = vacancy.Competencies.Select(c => c.CompetencyId).ToList();
        var names = await db.Competencies.Where(c => competencyIds.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);

        var latestStage = counted.LatestStage;
        var needs = MissionNeedsInput.From(vacancy.Needs);
        var fits = applications.ToDictionary(a => a.Id, a => MissionFit.Score(needs, new CandidateFitInput(a.Languages, a.Regions, a.MandateAreas, a.YearsInSeniorPosts)));
        var sheet = SheetFor(
            vacancyId,
            counted,
            vacancy.Competencies.Select(ScoringCompetency.From).ToList(),
            applications.Select(a => new ScoringApplication(a.Id, a.CandidateCode, fits[a.Id].Score)).ToList());
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

        return new RankingView(vacancy.Id, vacancy.Key, vacancy.Title, Sort(rows, sort), VacancyScoreSheet.TieBreakers);
    }

    /// <summary>
    /// The ratings of the assessments that count (submitted, no conflict) of the vacancy's applications. They are the
    /// costly part of a ranking (a 500-applicant competition has some 10,000), and they only change when an assessment
    /// is submitted (a submitted assessment is locked) or leaves the set (recusal, erasure). So they are kept in memory
    /// under a stamp read from the database on every request: how many assessments count, the sum of their ids and the
    /// latest submission. Any submission, recusal or deletion changes the stamp, so every node sees new scores at once.
    /// </summary>
    private async Task<CountedRatings> CountedRatingsAsync(int vacancyId, CancellationToken cancellationToken)
    {
        var counted =
            from s in db.Assessments.AsNoTracking()
            join a in db.Applications on s.ApplicationId equals a.Id
            where a.VacancyId == vacancyId && a.Stage != ApplicationStage.Draft && s.SubmittedAtUtc != null && s.Conflict == ConflictDeclaration.NoConflict
            select s;
        var stamp = await counted
            .GroupBy(_ => 1)
            .Select(g => new RatingsStamp(g.Count(), g.Sum(s => (long)s.Id), g.Max(s => s.SubmittedAtUtc)))
            .SingleOrDefaultAsync(cancellationToken) ?? new RatingsStamp(0, 0, null);

        return (await cache.GetOrCreateAsync((nameof(RankingService), vacancyId, stamp), async entry =>
        {
            entry.SlidingExpiration = RatingsCacheIdle;
            var rows = await (
                from s in counted
                from r in db.Ratings.Where(r => r.AssessmentId == s.Id).DefaultIfEmpty()
                select new { s.Id, s.AssessorId, s.ApplicationId, s.Stage, CompetencyId = (int?)r!.CompetencyId, Rating = (int?)r.Rating })
                .ToListAsync(cancellationToken);
            var assessments = rows
                .GroupBy(r => r.Id)
                .Select(g => new CountedAssessment(
                    g.First().AssessorId,
                    g.First().ApplicationId,
                    g.First().Stage,
                    g.Where(r => r.CompetencyId is not null).ToDictionary(r => r.CompetencyId!.Value, r => r.Rating!.Value)))
                .ToList();

            // Each application counts the ratings of the latest stage at which its panel submitted.
            var latestStage = assessments.GroupBy(s => s.ApplicationId).ToDictionary(g => g.Key, g => g.Max(s => s.Stage));
            return new CountedRatings(stamp, assessments, latestStage);
        }))!;
    }

    /// <summary>
    /// The domain's score sheet, kept beside the counted ratings and reused while its inputs are equal: the same ratings
    /// stamp, the same competencies, weights and minimums, and the same applications with the same candidate codes and
    /// mission-fit scores (computed fresh on every view from the profiles). Any difference computes it again.
    /// </summary>
    private VacancyScoreSheet SheetFor(int vacancyId, CountedRatings counted, List<ScoringCompetency> competencies, List<ScoringApplication> applications)
    {
        var key = (nameof(RankingService), nameof(VacancyScoreSheet), vacancyId);
        if (cache.TryGetValue(key, out ScoredSheet? kept) && kept is not null && kept.Stamp == counted.Stamp
            && kept.Competencies.SequenceEqual(competencies) && kept.Applications.SequenceEqual(applications))
        {
            return kept.Sheet;
        }

        var competencyIds = competencies.Select(c => c.CompetencyId).ToList();
        var ratings = counted.Assessments
            .Where(s => counted.LatestStage[s.ApplicationId] == s.Stage && competencyIds.All(s.Ratings.ContainsKey))
            .Select(s => new AssessorRatings(s.AssessorId, s.ApplicationId, s.Ratings))
            .ToList();
        var sheet = VacancyScoring.Compute(competencies, applications, ratings);
        cache.Set(key, new ScoredSheet(counted.Stamp, competencies, applications, sheet), new MemoryCacheEntryOptions { SlidingExpiration = RatingsCacheIdle });
        return sheet;
    }

    private sealed record CountedRatings(RatingsStamp Stamp, IReadOnlyList<CountedAssessment> Assessments, IReadOnlyDictionary<int, ApplicationStage> LatestStage);

    private sealed record ScoredSheet(RatingsStamp Stamp, IReadOnlyList<ScoringCompetency> Competencies, IReadOnlyList<ScoringApplication> Applications, VacancyScoreSheet Sheet);

    private sealed record RatingsStamp(int Count, long IdSum, DateTime? LatestSubmission);

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

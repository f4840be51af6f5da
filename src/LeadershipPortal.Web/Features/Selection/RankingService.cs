using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Assessments;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Scoring;
using LeadershipPortal.Web.Data;
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
/// </summary>
public sealed class RankingService(PortalDbContext db)
{
    public async Task<RankingView?> LoadAsync(int vacancyId, string? sort, CancellationToken cancellationToken = default)
    {
        var vacancy = await db.Vacancies.AsNoTracking().Include(v => v.Competencies).SingleOrDefaultAsync(v => v.Id == vacancyId, cancellationToken);
        if (vacancy is null)
        {
            return null;
        }

        var applications = await (
            from a in db.Applications.AsNoTracking()
            where a.VacancyId == vacancyId && a.Stage != ApplicationStage.Draft
            join c in db.Candidates on a.CandidateId equals c.Id
            select new { Application = a, Candidate = c })
            .ToListAsync(cancellationToken);
        var ids = applications.Select(a => a.Application.Id).ToList();
        var assessments = await db.Assessments.AsNoTracking().Include(s => s.Ratings)
            .Where(s => ids.Contains(s.ApplicationId) && s.SubmittedAtUtc != null && s.Conflict == ConflictDeclaration.NoConflict)
            .ToListAsync(cancellationToken);
        var notes = await db.ConsensusNotes.AsNoTracking().Where(n => ids.Contains(n.ApplicationId)).ToListAsync(cancellationToken);
        var competencyIds = vacancy.Competencies.Select(c => c.CompetencyId).ToList();
        var names = await db.Competencies.Where(c => competencyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);

        // Each application counts the ratings of the latest stage at which its panel submitted.
        var latestStage = assessments.GroupBy(s => s.ApplicationId).ToDictionary(g => g.Key, g => g.Max(s => s.Stage));
        var ratings = assessments
            .Where(s => latestStage[s.ApplicationId] == s.Stage && competencyIds.All(id => s.Ratings.Any(r => r.CompetencyId == id)))
            .Select(s => new AssessorRatings(s.AssessorId, s.ApplicationId, s.Ratings.ToDictionary(r => r.CompetencyId, r => r.Rating)))
            .ToList();
        var needs = MissionNeedsInput.From(vacancy.Needs);
        var fits = applications.ToDictionary(a => a.Application.Id, a => MissionFit.Score(needs, CandidateFitInput.From(a.Candidate)));
        var sheet = VacancyScoring.Compute(
            vacancy.Competencies.Select(ScoringCompetency.From).ToList(),
            applications.Select(a => new ScoringApplication(a.Application.Id, a.Application.CandidateCode, fits[a.Application.Id].Score)).ToList(),
            ratings);
        var scores = sheet.Ranked.ToDictionary(s => s.ApplicationId);

        var rows = applications.Select(a =>
        {
            var score = scores.GetValueOrDefault(a.Application.Id);
            var resolved = notes.Where(n => n.ApplicationId == a.Application.Id && latestStage.TryGetValue(n.ApplicationId, out var stage) && n.Stage == stage).Select(n => n.CompetencyId).ToHashSet();
            var flags = score is null ? [] : score.Competencies
                .Where(c => c.IsDisagreement && !resolved.Contains(c.CompetencyId))
                .Select(c => new FlaggedCompetency(c.CompetencyId, names[c.CompetencyId], c.LowestRating, c.HighestRating))
                .ToList();
            return new RankingRow(
                a.Application.Id,
                a.Application.CandidateCode,
                a.Candidate.FullName,
                a.Candidate.Gender,
                a.Application.Stage,
                score?.Rank,
                score?.Raw,
                score?.Adjusted,
                score is null ? "Not scored" : score.Coverage.ToString(),
                score?.IsEligible,
                score is null ? [] : score.Competencies.Where(c => !c.MeetsMinimum).Select(c => names[c.CompetencyId]).ToList(),
                fits[a.Application.Id],
                flags,
                a.Application.FeedbackReleasedAtUtc is not null);
        });

        return new RankingView(vacancy.Id, vacancy.Key, vacancy.Title, Sort(rows, sort), VacancyScoreSheet.TieBreakers);
    }

    private static List<RankingRow> Sort(IEnumerable<RankingRow> rows, string? sort) => sort switch
    {
        "raw" => rows.OrderByDescending(r => r.Raw ?? double.MinValue).ThenBy(r => r.CandidateCode, StringComparer.Ordinal).ToList(),
        "fit" => rows.OrderByDescending(r => r.Fit.Score).ThenBy(r => r.CandidateCode, StringComparer.Ordinal).ToList(),
        "stage" => rows.OrderBy(r => r.Stage).ThenBy(r => r.Rank ?? int.MaxValue).ToList(),
        "name" => rows.OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList(),
        _ => rows.OrderBy(r => r.Rank ?? int.MaxValue).ThenBy(r => r.CandidateCode, StringComparer.Ordinal).ToList(),
    };
}

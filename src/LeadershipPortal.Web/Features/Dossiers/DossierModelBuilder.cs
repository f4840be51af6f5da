using static LeadershipPortal.Web.Features.Dossiers.DossierText;
using System.Globalization;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Assessments;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.GenderBalance;
using LeadershipPortal.Domain.Scoring;
using LeadershipPortal.Domain.Vacancies;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Common;
using LeadershipPortal.Web.Features.GenderBalance;
using LeadershipPortal.Web.Features.Selection;
using Microsoft.EntityFrameworkCore;

using LeadershipPortal.Web.Features.Localization;

namespace LeadershipPortal.Web.Features.Dossiers;

/// <summary>
/// Reads everything a dossier says, with the scoring of <see cref="RankingService"/> and the domain's
/// <see cref="WeightedTotal"/>. Reads selection data only: mentoring records never reach a dossier.
/// </summary>
public sealed class DossierModelBuilder(PortalDbContext db, RankingService ranking, GenderFunnelQuery funnel)
{
    /// <summary>The stages whose applications form the shortlist of a vacancy dossier.</summary>
    public static readonly IReadOnlyList<ApplicationStage> ShortlistStages = [ApplicationStage.Shortlisted, ApplicationStage.Recommended, ApplicationStage.Appointed];

    /// <summary>The candidate dossier of one application, or null when the application does not exist (or is a draft).</summary>
    public async Task<CandidateDossierModel?> CandidateAsync(int applicationId, string issuedBy, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.History)
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.Stage != ApplicationStage.Draft, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var vacancy = await db.Vacancies.AsNoTracking().Include(v => v.Competencies).SingleAsync(v => v.Id == application.VacancyId, cancellationToken);
        var candidate = await db.Candidates.AsNoTracking().SingleAsync(c => c.Id == application.CandidateId, cancellationToken);
        var competencies = await CompetenciesAsync(vacancy, cancellationToken);
        var scoring = vacancy.Competencies.Select(ScoringCompetency.From).ToList();
        var view = await ranking.LoadAsync(vacancy.Id, null, cancellationToken);
        var row = view!.Rows.Single(r => r.ApplicationId == applicationId);

        var (assessments, latestStage) = await PanelRatingsAsync([applicationId], cancellationToken);
        var notes = await db.ConsensusNotes.AsNoTracking().Where(n => n.ApplicationId == applicationId).ToListAsync(cancellationToken);
        var userIds = assessments.Select(a => a.AssessorId).Concat(application.History.Select(h => h.ByUserId)).Distinct().ToList();
        var people = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        string Person(string id) => id == candidate.UserId ? T("The candidate") : people.GetValueOrDefault(id, T("A former user"));
        var names = competencies.ToDictionary(c => c.Id, c => c.Name);

        var latest = latestStage.TryGetValue(applicationId, out var stage) ? assessments.Where(a => a.Stage == stage).ToList() : [];
        var competencyScores = competencies.Select(c =>
        {
            var values = latest.SelectMany(a => a.Ratings).Where(r => r.CompetencyId == c.Id).Select(r => r.Rating).ToList();
            var note = notes.Where(n => n.CompetencyId == c.Id && n.Stage == stage).OrderByDescending(n => n.AtUtc).FirstOrDefault();
            return values.Count == 0
                ? new DossierCompetencyScore(c.Name, 0, 0, 0, c.MinimumRating, false, null)
                : new DossierCompetencyScore(c.Name, values.Average(), values.Min(), values.Max(), c.MinimumRating, values.Max() - values.Min() >= Disagreement.FlagSpan, note?.Note);
        }).ToList();

        var ordered = assessments.OrderBy(a => a.Stage).ThenBy(a => Person(a.AssessorId), StringComparer.CurrentCulture).ToList();
        return new CandidateDossierModel(
            T("Candidate dossier: {0}", candidate.FullName),
            T("{0} ({1}), application {2}", vacancy.Title, vacancy.Key, application.CandidateCode),
            issuedBy,
            nowUtc,
            candidate.FullName,
            application.CandidateCode,
            $"{vacancy.Title} ({vacancy.Key})",
            T(ApplicationStages.Label(application.Stage)),
            await ProfileAsync(candidate, cancellationToken),
            row.Fit,
            competencies,
            new DossierScore(row.Rank, view.Rows.Count(r => r.Rank is not null), row.Raw, row.Adjusted, row.Coverage, row.Eligible, row.BelowMinimum),
            ordered.Select(a => new DossierAssessment(
                Person(a.AssessorId), a.Stage, a.SubmittedAtUtc!.Value,
                WeightedTotal.Of(scoring, a.Ratings.ToDictionary(r => r.CompetencyId, r => r.Rating)),
                a.Ratings.ToDictionary(r => r.CompetencyId, r => r.Rating))).ToList(),
            competencyScores,
            competencies.SelectMany(c => ordered.SelectMany(a => a.Ratings.Where(r => r.CompetencyId == c.Id)
                .Select(r => new DossierEvidence(names[c.Id], Person(a.AssessorId), a.Stage, r.Rating, r.Evidence)))).ToList(),
            application.History.OrderBy(h => h.AtUtc).ThenBy(h => h.Id)
                .Select(h => new DossierStageChange(h.From, h.To, h.AtUtc, Person(h.ByUserId), h.Justification)).ToList());
    }

    /// <summary>The comparative analysis of a vacancy's shortlist (all scored applications when none is shortlisted yet), or null.</summary>
    public async Task<VacancyDossierModel?> VacancyAsync(int vacancyId, string issuedBy, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var vacancy = await db.Vacancies.AsNoTracking().Include(v => v.Competencies).Include(v => v.Panel).SingleOrDefaultAsync(v => v.Id == vacancyId, cancellationToken);
        var view = await ranking.LoadAsync(vacancyId, null, cancellationToken);
        if (vacancy is null || view is null)
        {
            return null;
        }

        var competencies = await CompetenciesAsync(vacancy, cancellationToken);
        var shortlisted = view.Rows.Where(r => ShortlistStages.Contains(r.Stage)).ToList();
        var inScope = shortlisted.Count > 0 ? shortlisted : view.Rows.Where(r => r.Rank is not null).ToList();
        var scope = shortlisted.Count > 0
            ? (shortlisted.Count == 1 ? T("The shortlist: {0} application shortlisted, recommended or appointed.", shortlisted.Count) : T("The shortlist: {0} applications shortlisted, recommended or appointed.", shortlisted.Count))
            : T("No application is shortlisted yet, so all {0} scored applications are compared.", inScope.Count);

        var (assessments, latestStage) = await PanelRatingsAsync(inScope.Select(r => r.ApplicationId).ToList(), cancellationToken);
        var means = assessments
            .Where(a => latestStage[a.ApplicationId] == a.Stage)
            .SelectMany(a => a.Ratings.Select(r => (a.ApplicationId, r.CompetencyId, r.Rating)))
            .GroupBy(x => x.ApplicationId)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<int, double>)g.GroupBy(x => x.CompetencyId).ToDictionary(c => c.Key, c => c.Average(x => x.Rating)));

        var missionNames = await db.Missions.Where(m => m.Id == vacancy.MissionId).Select(m => new { m.Code, m.Name }).SingleAsync(cancellationToken);
        var mission = $"{ReferenceNames.Say(missionNames.Code)} ({ReferenceNames.Say(missionNames.Name)})";
        var position = ReferenceNames.Say(await db.PositionTypes.Where(p => p.Id == vacancy.PositionTypeId).Select(p => p.Name).SingleAsync(cancellationToken));

        return new VacancyDossierModel(
            T("Vacancy dossier: {0}", vacancy.Title),
            T("Comparative analysis of {0}", vacancy.Key),
            issuedBy,
            nowUtc,
            $"{vacancy.Title} ({vacancy.Key})",
            [
                new(T("Vacancy"), $"{vacancy.Title} ({vacancy.Key})"),
                new(T("Mission"), mission),
                new(T("Position"), $"{position}, {vacancy.Grade}"),
                new(T("Status"), T(vacancy.Status.ToString())),
                new(T("Applications open"), T("{0} to {1}", Date(vacancy.OpensAtUtc), Date(vacancy.ClosesAtUtc))),
                new(T("Applications received"), view.Rows.Count.ToString(CultureInfo.InvariantCulture)),
                new(T("Mission needs"), string.IsNullOrWhiteSpace(vacancy.Needs.Summary) ? "–" : vacancy.Needs.Summary),
            ],
            scope,
            competencies,
            inScope.Select(r => new DossierRankingLine(
                r.Rank, r.CandidateCode, r.Name, r.Stage, r.Raw, r.Adjusted, r.Fit.Score, r.Eligible,
                r.UnresolvedDisagreements.Count == 0 ? string.Empty : T("Disagreement: ") + string.Join(", ", r.UnresolvedDisagreements.Select(f => ReferenceNames.Say(f.Name))),
                means.GetValueOrDefault(r.ApplicationId) ?? new Dictionary<int, double>())).ToList(),
            view.TieBreakers,
            await PanelAsync(vacancy, cancellationToken),
            await funnel.ForVacancyAsync(vacancyId, cancellationToken) ?? GenderFunnel.From([]),
            vacancy.GenderTargetPercent);
    }

    private async Task<List<DossierCompetency>> CompetenciesAsync(Vacancy vacancy, CancellationToken cancellationToken)
    {
        var ids = vacancy.Competencies.Select(c => c.CompetencyId).ToList();
        var names = (await db.Competencies.Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
            .ToDictionary(c => c.Id, c => ReferenceNames.Say(c.Name));
        return vacancy.Competencies.OrderByDescending(c => c.Weight).ThenBy(c => names[c.CompetencyId], StringComparer.CurrentCulture)
            .Select(c => new DossierCompetency(c.CompetencyId, names[c.CompetencyId], c.Weight, c.MinimumRating)).ToList();
    }

    /// <summary>Submitted, non-recused assessments of the applications, and the latest stage at which each was scored.</summary>
    private async Task<(List<Assessment> Assessments, Dictionary<int, ApplicationStage> LatestStage)> PanelRatingsAsync(IReadOnlyCollection<int> applicationIds, CancellationToken cancellationToken)
    {
        var assessments = await db.Assessments.AsNoTracking().Include(a => a.Ratings)
            .Where(a => applicationIds.Contains(a.ApplicationId) && a.SubmittedAtUtc != null && a.Conflict == ConflictDeclaration.NoConflict)
            .ToListAsync(cancellationToken);
        return (assessments, assessments.GroupBy(a => a.ApplicationId).ToDictionary(g => g.Key, g => g.Max(a => a.Stage)));
    }

    private async Task<List<DossierField>> ProfileAsync(CandidateProfile candidate, CancellationToken cancellationToken)
    {
        var stateIds = new[] { candidate.NationalityId, candidate.Nomination?.NominatingStateId }.OfType<int>().ToList();
        var states = (await db.MemberStates.Where(s => stateIds.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
            .ToDictionary(s => s.Id, s => ReferenceNames.Say(s.Name));
        var nomination = candidate.Nomination switch
        {
            null => T("Not recorded"),
            { NominatingStateId: { } id } n => T("Nominated by {0}", states.GetValueOrDefault(id, T("a Member State"))) + (n.Authority is null ? "" : $" ({n.Authority})"),
            _ => T("Self-nominated"),
        };
        return
        [
            new(T("Nationality"), candidate.NationalityId is { } nationality ? states.GetValueOrDefault(nationality, "–") : T("Not stated")),
            new(T("Nomination"), nomination),
            new(T("Current post"), candidate.CurrentPost ?? "–"),
            new(T("Years in senior posts"), candidate.YearsInSeniorPosts.ToString(CultureInfo.InvariantCulture)),
            new(T("Education"), candidate.Education ?? "–"),
            new(T("Languages"), candidate.Languages.Count == 0 ? "–" : string.Join(", ", candidate.Languages.Select(l => $"{ReferenceNames.Say(l.Language)} ({T(l.Level.ToString())})"))),
            new(T("Regional experience"), candidate.Regions.Count == 0 ? "–" : string.Join(", ", candidate.Regions.Select(r => T(Labels.Region(r))))),
            new(T("Mandate areas"), candidate.MandateAreas.Count == 0 ? "–" : string.Join(", ", candidate.MandateAreas.Select(a => T(Labels.MandateArea(a))))),
            new(T("Field missions"), candidate.FieldMissions.Count == 0 ? "–" : string.Join("; ", candidate.FieldMissions.Select(m => $"{m.Role}, {m.Mission} ({m.FromYear}–{m.ToYear?.ToString(CultureInfo.InvariantCulture) ?? T("present")})"))),
        ];
    }

    private async Task<List<DossierPanelMember>> PanelAsync(Vacancy vacancy, CancellationToken cancellationToken)
    {
        var ids = vacancy.Panel.Select(p => p.AssessorId).ToList();
        var users = await (
            from u in db.Users
            where ids.Contains(u.Id)
            join s in db.MemberStates on u.NationalityId equals s.Id into nationality
            from s in nationality.DefaultIfEmpty()
            select new { u.Id, u.DisplayName, Nationality = s == null ? null : s.Name })
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        var counts = await db.Assessments
            .Where(a => ids.Contains(a.AssessorId) && db.Applications.Any(x => x.Id == a.ApplicationId && x.VacancyId == vacancy.Id))
            .GroupBy(a => a.AssessorId)
            .Select(g => new { g.Key, Submitted = g.Count(a => a.SubmittedAtUtc != null), Recused = g.Count(a => a.Conflict == ConflictDeclaration.Recused) })
            .ToDictionaryAsync(x => x.Key, cancellationToken);
        return vacancy.Panel.OrderBy(p => p.AssignedAtUtc)
            .Select(p => new DossierPanelMember(
                users.GetValueOrDefault(p.AssessorId)?.DisplayName ?? T("A former user"),
                (users.GetValueOrDefault(p.AssessorId)?.Nationality is { } assessorNationality ? ReferenceNames.Say(assessorNationality) : T("Not stated")),
                p.AssignedAtUtc,
                counts.GetValueOrDefault(p.AssessorId)?.Submitted ?? 0,
                counts.GetValueOrDefault(p.AssessorId)?.Recused ?? 0))
            .ToList();
    }

    private static string Date(DateTime value) => value.ToString("d MMM yyyy", CultureInfo.CurrentCulture);
}

using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Audit;
using LeadershipPortal.Web.Features.Documents;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Candidates;

/// <summary>
/// A person's rights over their data: download everything held about them, and erase their account.
/// Every query starts from the signed-in user's id, so nobody else's data can be reached from here.
/// </summary>
public sealed partial class MyDataService(
    PortalDbContext db,
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    AuditLog audit,
    IDocumentStore documentStore,
    TimeProvider time,
    ILogger<MyDataService> logger)
{
    // The file is a download, never embedded in HTML, so names such as "Türkiye" can stay readable.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(), new UtcDateTimeConverter() },
    };

    public async Task<MyDataSummary> SummaryAsync(string userId, CancellationToken cancellationToken = default)
    {
        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleAsync(cancellationToken) ?? string.Empty;
        var profileId = await db.Candidates.Where(c => c.UserId == userId).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken);
        if (profileId is null)
        {
            return new MyDataSummary(email, false, 0, 0, []);
        }

        var documents = await db.CandidateDocuments.CountAsync(d => d.CandidateId == profileId, cancellationToken);
        var applications = await db.Applications.AsNoTracking()
            .Where(a => a.CandidateId == profileId)
            .Select(a => new { a.VacancyId, a.Stage })
            .ToListAsync(cancellationToken);
        var inProgress = await VacancyNamesAsync(applications.Where(a => IsInProgress(a.Stage)).Select(a => a.VacancyId), cancellationToken);
        return new MyDataSummary(email, true, documents, applications.Count, inProgress);
    }

    /// <summary>Everything held about the user, as an indented JSON file named for today.</summary>
    public async Task<DownloadFile> ExportAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var user = await users.FindByIdAsync(userId) ?? throw new DomainRuleException("This account no longer exists.");
        var account = new AccountData(
            user.Email ?? string.Empty,
            user.DisplayName,
            user.PhoneNumber,
            user.CreatedAtUtc,
            (await users.GetRolesAsync(user)).Order().ToList(),
            user.TwoFactorEnabled);

        var profile = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(c => c.UserId == userId, cancellationToken);
        var export = profile is null
            ? new MyDataExport(now, account, null, [], [], null, await ActivityAsync(userId, cancellationToken))
            : new MyDataExport(
                now,
                account,
                await ProfileAsync(profile, cancellationToken),
                await db.CandidateDocuments.AsNoTracking()
                    .Where(d => d.CandidateId == profile.Id)
                    .OrderBy(d => d.Kind)
                    .Select(d => new DocumentData(d.Kind, d.OriginalFileName, d.SizeBytes, d.Sha256, d.UploadedAtUtc))
                    .ToListAsync(cancellationToken),
                await ApplicationsAsync(profile.Id, cancellationToken),
                new RosterConsentData(profile.RosterConsent, profile.RosterConsentChangedAtUtc),
                await ActivityAsync(userId, cancellationToken));

        var fileName = $"leadershipportal-my-data-{now.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.json";
        return new DownloadFile(fileName, "application/json", JsonSerializer.SerializeToUtf8Bytes(export, Json));
    }

    /// <summary>
    /// Erases the account after the password is given again. Refused while an application is in progress.
    /// Drafts are deleted; sent applications stay, anonymised, so the selection records and the gender
    /// statistics stay right. Files are deleted once the database no longer points at them.
    /// </summary>
    public async Task EraseAsync(string userId, string password, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new DomainRuleException("This account no longer exists.");
        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            throw new DomainRuleException("Too many wrong passwords: your account is locked for a while. Nothing was erased.");
        }

        if (!check.Succeeded)
        {
            throw new DomainRuleException("That password is not correct. Nothing was erased.");
        }

        // Staff records (panels, scores, mentoring) are the organisation's and must not vanish with an account.
        var staffRoles = (await users.GetRolesAsync(user)).Where(r => r != Roles.Candidate).Order().ToList();
        if (staffRoles.Count > 0)
        {
            throw new DomainRuleException("Your account also has staff roles ({0}). Ask an administrator to remove them before you erase your account.", new SentenceList(staffRoles.Select(r => (Sentence)Roles.Describe(r))));
        }

        var profile = await db.Candidates.SingleOrDefaultAsync(c => c.UserId == userId, cancellationToken);
        List<CandidateApplication> applications = profile is null
            ? []
            : await db.Applications.Include(a => a.CompetencyStatements).Where(a => a.CandidateId == profile.Id).ToListAsync(cancellationToken);
        var inProgress = await VacancyNamesAsync(applications.Where(a => IsInProgress(a.Stage)).Select(a => a.VacancyId), cancellationToken);
        if (inProgress.Count > 0)
        {
            throw new DomainRuleException(
                inProgress.Count == 1
                    ? "Your account cannot be erased while an application is in progress: {0}. Withdraw it first, or wait for the decision."
                    : "Your account cannot be erased while applications are in progress: {0}. Withdraw them first, or wait for the decision.",
                string.Join("; ", inProgress));
        }

        List<CandidateDocument> documents = profile is null
            ? []
            : await db.CandidateDocuments.Where(d => d.CandidateId == profile.Id).ToListAsync(cancellationToken);
        var drafts = applications.Where(a => a.Stage == ApplicationStage.Draft).ToList();
        var sent = applications.Except(drafts).ToList();

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // A draft was never sent, so it is no selection record; a sent one keeps its stages without the candidate's words.
            db.Applications.RemoveRange(drafts);
            sent.ForEach(a => a.Anonymise());
            profile?.Erase(time.GetUtcNow().UtcDateTime);
            db.CandidateDocuments.RemoveRange(documents);
            await audit.AddAsync(userId, "AccountErased", "User", userId, $"Applications anonymised: {sent.Count}; drafts deleted: {drafts.Count}; documents deleted: {documents.Count}.", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);

            var deleted = await users.DeleteAsync(user);
            if (!deleted.Succeeded)
            {
                throw new InvalidOperationException("The account could not be deleted: " + string.Join(" ", deleted.Errors.Select(e => e.Code)));
            }

            await transaction.CommitAsync(cancellationToken);
        }

        // After the commit: a file deleted before a rollback could not be brought back.
        foreach (var document in documents)
        {
            try
            {
                await documentStore.DeleteAsync(document.StoredName, CancellationToken.None);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                DocumentNotDeleted(logger, e, document.StoredName);
            }
        }
    }

    private static bool IsInProgress(ApplicationStage stage) => stage != ApplicationStage.Draft && !ApplicationStages.IsFinal(stage);

    private async Task<ExportedProfile> ProfileAsync(CandidateProfile profile, CancellationToken cancellationToken)
    {
        var stateIds = new[] { profile.NationalityId, profile.Nomination?.NominatingStateId }.OfType<int>().ToList();
        var states = await db.MemberStates.Where(s => stateIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var nomination = profile.Nomination is { } n
            ? new NominationData(n.Kind, n.NominatingStateId is { } stateId ? states[stateId] : null, n.Authority, n.NominatedOn)
            : null;
        return new ExportedProfile(
            profile.FullName,
            profile.Gender,
            profile.NationalityId is { } nationalityId ? states[nationalityId] : null,
            profile.CurrentPost,
            profile.YearsInSeniorPosts,
            profile.Education,
            profile.Languages,
            profile.Regions,
            profile.MandateAreas,
            profile.FieldMissions.Select(m => new FieldMissionData(m.Mission, m.Role, m.FromYear, m.ToYear)).ToList(),
            nomination,
            profile.Readiness);
    }

    private async Task<List<ApplicationData>> ApplicationsAsync(int candidateId, CancellationToken cancellationToken)
    {
        var applications = await db.Applications.AsNoTracking()
            .Include(a => a.History)
            .Include(a => a.CompetencyStatements)
            .Where(a => a.CandidateId == candidateId)
            .OrderBy(a => a.CreatedAtUtc)
            .ToListAsync(cancellationToken);
        var vacancyIds = applications.Select(a => a.VacancyId).Distinct().ToList();
        var vacancies = await (
            from v in db.Vacancies
            where vacancyIds.Contains(v.Id)
            join m in db.Missions on v.MissionId equals m.Id
            select new { v.Id, v.Key, v.Title, Mission = m.Code })
            .ToDictionaryAsync(v => v.Id, cancellationToken);
        var competencyIds = applications.SelectMany(a => a.CompetencyStatements).Select(s => s.CompetencyId).Distinct().ToList();
        var competencies = await db.Competencies.Where(c => competencyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);

        return applications.Select(a =>
        {
            var vacancy = vacancies[a.VacancyId];
            return new ApplicationData(
                vacancy.Key,
                vacancy.Title,
                vacancy.Mission,
                ApplicationStages.CandidateStatus(a.Stage),
                a.CreatedAtUtc,
                a.SubmittedAtUtc,
                a.Statement,
                a.CompetencyStatements.OrderBy(s => s.CompetencyId).Select(s => new CompetencyStatementData(competencies[s.CompetencyId], s.Text)).ToList(),
                CandidateHistory(a.History),
                a.Feedback is { } feedback && a.FeedbackReleasedAtUtc is { } released ? new FeedbackData(feedback, released) : null);
        }).ToList();
    }

    /// <summary>
    /// The history in the candidate's words only: who moved the application and why are HR's record.
    /// Moves between steps that look the same to the candidate (Screening → Assessment, Shortlisted →
    /// Recommended) are merged, or their dates would reveal what the status keeps internal.
    /// </summary>
    private static List<StatusChangeData> CandidateHistory(IEnumerable<StageChange> history)
    {
        var result = new List<StatusChangeData>();
        foreach (var change in history.OrderBy(h => h.AtUtc).ThenBy(h => h.Id))
        {
            var status = ApplicationStages.CandidateStatus(change.To);
            if (result.Count == 0 || result[^1].Status != status)
            {
                result.Add(new StatusChangeData(change.AtUtc, status));
            }
        }

        return result;
    }

    private Task<List<ActivityData>> ActivityAsync(string userId, CancellationToken cancellationToken) =>
        db.AuditEvents.AsNoTracking()
            .Where(e => e.ActorUserId == userId)
            .OrderBy(e => e.Sequence)
            .Select(e => new ActivityData(e.Action, e.AtUtc))
            .ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<string>> VacancyNamesAsync(IEnumerable<int> vacancyIds, CancellationToken cancellationToken)
    {
        var ids = vacancyIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        return await db.Vacancies.AsNoTracking()
            .Where(v => ids.Contains(v.Id))
            .OrderBy(v => v.Title)
            .Select(v => v.Title + " (" + v.Key + ")")
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every time in the portal is UTC (SQLite returns it without a kind); the file says so with a Z.</summary>
    private sealed class UtcDateTimeConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTime().ToUniversalTime();

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(DateTime.SpecifyKind(value, DateTimeKind.Utc));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A document of an erased account could not be deleted; delete stored file {StoredName} by hand.")]
    private static partial void DocumentNotDeleted(ILogger logger, Exception exception, string storedName);
}

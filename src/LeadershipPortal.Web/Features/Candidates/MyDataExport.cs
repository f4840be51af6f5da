using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Web.Features.Candidates;

/// <summary>
/// Everything the portal holds about one person, as they download it. Only their own data: no assessor,
/// score or HR justification (those are other people's records), and no secrets of the account.
/// </summary>
public sealed record MyDataExport(
    DateTime ExportedAtUtc,
    AccountData Account,
    ExportedProfile? Profile,
    IReadOnlyList<DocumentData> Documents,
    IReadOnlyList<ApplicationData> Applications,
    RosterConsentData? RosterConsent,
    IReadOnlyList<ActivityData> Activity);

public sealed record AccountData(string Email, string DisplayName, string? PhoneNumber, DateTime CreatedAtUtc, IReadOnlyList<string> Roles, bool TwoFactorEnabled);

public sealed record ExportedProfile(
    string FullName,
    Gender? Gender,
    string? Nationality,
    string? CurrentPost,
    int YearsInSeniorPosts,
    string? Education,
    IReadOnlyList<LanguageSkill> Languages,
    IReadOnlyList<Region> Regions,
    IReadOnlyList<MandateArea> MandateAreas,
    IReadOnlyList<FieldMissionData> FieldMissions,
    NominationData? Nomination,
    Readiness? RosterReadiness);

public sealed record FieldMissionData(string Mission, string Role, int FromYear, int? ToYear);

public sealed record NominationData(NominationKind Kind, string? NominatingState, string? Authority, DateOnly? NominatedOn);

/// <summary>What is known of a stored file; the file itself is downloaded from the documents page.</summary>
public sealed record DocumentData(DocumentKind Kind, string OriginalFileName, long SizeBytes, string Sha256, DateTime UploadedAtUtc);

/// <summary>
/// One application as the candidate sees it. The status is the candidate-visible one
/// (<see cref="Domain.Applications.ApplicationStages.CandidateStatus"/>), so internal steps stay internal.
/// </summary>
public sealed record ApplicationData(
    string VacancyKey,
    string VacancyTitle,
    string Mission,
    string Status,
    DateTime CreatedAtUtc,
    DateTime? SubmittedAtUtc,
    string? VisionStatement,
    IReadOnlyList<CompetencyStatementData> CompetencyStatements,
    IReadOnlyList<StatusChangeData> History,
    FeedbackData? Feedback);

public sealed record CompetencyStatementData(string Competency, string Text);

public sealed record StatusChangeData(DateTime AtUtc, string Status);

public sealed record FeedbackData(string Text, DateTime ReleasedAtUtc);

public sealed record RosterConsentData(bool Given, DateTime? ChangedAtUtc);

/// <summary>An audit event this person caused.</summary>
public sealed record ActivityData(string Action, DateTime AtUtc);

/// <summary>What the My data page shows before anything is downloaded or erased.</summary>
public sealed record MyDataSummary(string Email, bool HasProfile, int Documents, int Applications, IReadOnlyList<string> ApplicationsInProgress);

/// <summary>A file to send to the browser.</summary>
public sealed record DownloadFile(string FileName, string ContentType, byte[] Content);

using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.GenderBalance;
using LeadershipPortal.Domain.Scoring;

namespace LeadershipPortal.Web.Features.Dossiers;

/// <summary>What a dossier says, read from the database beforehand: the PDF layer does no I/O.</summary>
public abstract record DossierModel(string Title, string Subject, string IssuedBy, DateTime IssuedAtUtc);

public sealed record DossierField(string Label, string Value);

public sealed record DossierCompetency(int Id, string Name, int Weight, int MinimumRating);

/// <summary>One submitted assessment: who, at which stage, the weighted total and each rating by competency id.</summary>
public sealed record DossierAssessment(string Assessor, ApplicationStage Stage, DateTime SubmittedAtUtc, double WeightedTotal, IReadOnlyDictionary<int, int> Ratings);

public sealed record DossierCompetencyScore(string Competency, double Mean, int Lowest, int Highest, int MinimumRating, bool Disagreement, string? ConsensusNote);

public sealed record DossierEvidence(string Competency, string Assessor, ApplicationStage Stage, int Rating, string Text);

public sealed record DossierStageChange(ApplicationStage From, ApplicationStage To, DateTime AtUtc, string By, string Justification);

/// <summary>The application's place in its vacancy's ranking; null fields when it is not scored.</summary>
public sealed record DossierScore(int? Rank, int RankedCount, double? Raw, double? Adjusted, string Coverage, bool? Eligible, IReadOnlyList<string> BelowMinimum);

public sealed record CandidateDossierModel(
    string Title,
    string Subject,
    string IssuedBy,
    DateTime IssuedAtUtc,
    string CandidateName,
    string CandidateCode,
    string Vacancy,
    string Stage,
    IReadOnlyList<DossierField> Profile,
    MissionFitResult Fit,
    IReadOnlyList<DossierCompetency> Competencies,
    DossierScore Score,
    IReadOnlyList<DossierAssessment> Assessments,
    IReadOnlyList<DossierCompetencyScore> CompetencyScores,
    IReadOnlyList<DossierEvidence> Evidence,
    IReadOnlyList<DossierStageChange> History)
    : DossierModel(Title, Subject, IssuedBy, IssuedAtUtc);

/// <summary>One application in the comparative analysis, with the panel's mean rating per competency id.</summary>
public sealed record DossierRankingLine(
    int? Rank,
    string CandidateCode,
    string Name,
    ApplicationStage Stage,
    double? Raw,
    double? Adjusted,
    double MissionFit,
    bool? Eligible,
    string Flags,
    IReadOnlyDictionary<int, double> CompetencyMeans);

public sealed record DossierPanelMember(string Name, string Nationality, DateTime AssignedAtUtc, int Submitted, int Recused);

public sealed record VacancyDossierModel(
    string Title,
    string Subject,
    string IssuedBy,
    DateTime IssuedAtUtc,
    string Vacancy,
    IReadOnlyList<DossierField> Summary,
    string Scope,
    IReadOnlyList<DossierCompetency> Competencies,
    IReadOnlyList<DossierRankingLine> Ranking,
    string TieBreakers,
    IReadOnlyList<DossierPanelMember> Panel,
    GenderFunnel Funnel,
    int? GenderTargetPercent)
    : DossierModel(Title, Subject, IssuedBy, IssuedAtUtc);

namespace LeadershipPortal.Domain.Applications;

/// <summary>Where an application stands. The order of the values is the order of the funnel.</summary>
public enum ApplicationStage
{
    Draft,
    Submitted,
    Screening,
    Assessment,
    Interview,
    Shortlisted,
    Recommended,
    Appointed,
    NotSelected,
    Ineligible,
    Withdrawn,
}

public static class ApplicationStages
{
    /// <summary>The stages of the selection funnel, in order, ending with the appointment.</summary>
    public static readonly IReadOnlyList<ApplicationStage> Funnel =
    [
        ApplicationStage.Submitted,
        ApplicationStage.Screening,
        ApplicationStage.Assessment,
        ApplicationStage.Interview,
        ApplicationStage.Shortlisted,
        ApplicationStage.Recommended,
        ApplicationStage.Appointed,
    ];

    /// <summary>Stages at which assessors see a candidate code instead of who the candidate is.</summary>
    public static bool IsBlind(ApplicationStage stage) =>
        stage is ApplicationStage.Screening or ApplicationStage.Assessment;

    public static bool IsFinal(ApplicationStage stage) =>
        stage is ApplicationStage.Appointed or ApplicationStage.NotSelected or ApplicationStage.Ineligible or ApplicationStage.Withdrawn;

    /// <summary>Final by a decision on the application (not withdrawn by the candidate): its feedback may be released.</summary>
    public static bool IsDecided(ApplicationStage stage) => IsFinal(stage) && stage != ApplicationStage.Withdrawn;

    /// <summary>Stages in which assessors rate the application.</summary>
    public static bool IsScored(ApplicationStage stage) =>
        stage is ApplicationStage.Screening or ApplicationStage.Assessment or ApplicationStage.Interview;

    /// <summary>The moves HR may make from a stage. Withdrawal is the candidate's own move.</summary>
    public static IReadOnlyList<ApplicationStage> NextStagesForHr(ApplicationStage from) => from switch
    {
        ApplicationStage.Submitted => [ApplicationStage.Screening, ApplicationStage.Ineligible],
        ApplicationStage.Screening => [ApplicationStage.Assessment, ApplicationStage.Ineligible, ApplicationStage.NotSelected],
        ApplicationStage.Assessment => [ApplicationStage.Interview, ApplicationStage.NotSelected],
        ApplicationStage.Interview => [ApplicationStage.Shortlisted, ApplicationStage.NotSelected],
        ApplicationStage.Shortlisted => [ApplicationStage.Recommended, ApplicationStage.NotSelected],
        ApplicationStage.Recommended => [ApplicationStage.Appointed, ApplicationStage.NotSelected],
        _ => [],
    };

    /// <summary>
    /// What the candidate is told of a stage. Internal steps are grouped ("Under assessment"), and a
    /// recommendation stays internal until the appointment decision.
    /// </summary>
    public static string CandidateStatus(ApplicationStage stage) => stage switch
    {
        ApplicationStage.Draft => "Draft",
        ApplicationStage.Submitted => "Received",
        ApplicationStage.Screening or ApplicationStage.Assessment => "Under assessment",
        ApplicationStage.Interview => "Invited to interview",
        ApplicationStage.Shortlisted or ApplicationStage.Recommended => "Shortlisted",
        ApplicationStage.Appointed => "Appointed",
        ApplicationStage.NotSelected => "Not selected",
        ApplicationStage.Ineligible => "Not eligible",
        ApplicationStage.Withdrawn => "Withdrawn",
        _ => stage.ToString(),
    };

    public static string Label(ApplicationStage stage) => stage switch
    {
        ApplicationStage.NotSelected => "Not selected",
        _ => stage.ToString(),
    };
}

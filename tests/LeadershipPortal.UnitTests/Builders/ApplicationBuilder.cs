using LeadershipPortal.Domain.Applications;

namespace LeadershipPortal.UnitTests.Builders;

/// <summary>
/// An application brought to any stage through the real behaviour methods, so its history is the one
/// the domain itself would have written.
/// </summary>
public sealed class ApplicationBuilder
{
    public const int DefaultVacancyId = 11;
    public const int DefaultCandidateId = 23;
    public const string CandidateUserId = "candidate-user";
    public const string HrUserId = "hr-user";
    public const string DefaultStatement = "I will put the protection of civilians at the centre of the mission.";

    public static readonly DateTime CreatedAtUtc = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime SubmittedAtUtc = new(2026, 3, 5, 8, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime VacancyClosesAtUtc = VacancyBuilder.DefaultClosesAtUtc;

    /// <summary>The competencies the vacancy assesses; the builder writes a statement for each.</summary>
    public static readonly IReadOnlyCollection<int> Competencies = [1, 2, 3];

    private string? _statement = DefaultStatement;
    private ApplicationStage _stage = ApplicationStage.Draft;

    public ApplicationBuilder WithStatement(string? statement)
    {
        _statement = statement;
        return this;
    }

    public ApplicationBuilder AtStage(ApplicationStage stage)
    {
        _stage = stage;
        return this;
    }

    public CandidateApplication Build()
    {
        var application = new CandidateApplication(DefaultVacancyId, DefaultCandidateId, CreatedAtUtc);
        application.WriteStatement(_statement);
        foreach (var competencyId in Competencies)
        {
            application.WriteCompetencyStatement(competencyId, $"Situation, action and result for competency {competencyId}.");
        }

        if (_stage == ApplicationStage.Draft)
        {
            return application;
        }

        application.Submit(SubmittedAtUtc, VacancyClosesAtUtc, CandidateUserId, Competencies);
        foreach (var step in PathTo(_stage))
        {
            if (step == ApplicationStage.Withdrawn)
            {
                application.Withdraw(CandidateUserId, SubmittedAtUtc.AddDays(1));
            }
            else
            {
                application.MoveTo(step, $"Moved to {step} by the builder.", HrUserId, SubmittedAtUtc.AddDays(1));
            }
        }

        return application;
    }

    /// <summary>The moves after submission that reach <paramref name="stage"/>.</summary>
    private static IEnumerable<ApplicationStage> PathTo(ApplicationStage stage) => stage switch
    {
        ApplicationStage.Submitted => [],
        ApplicationStage.Ineligible => [ApplicationStage.Ineligible],
        ApplicationStage.Withdrawn => [ApplicationStage.Withdrawn],
        ApplicationStage.NotSelected => [ApplicationStage.Screening, ApplicationStage.NotSelected],
        _ => ApplicationStages.Funnel.Skip(1).TakeWhile(s => s != stage).Append(stage),
    };
}

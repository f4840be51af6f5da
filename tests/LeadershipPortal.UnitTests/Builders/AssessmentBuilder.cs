using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Assessments;

namespace LeadershipPortal.UnitTests.Builders;

public sealed class AssessmentBuilder
{
    public const int DefaultApplicationId = 31;
    public const string DefaultAssessorId = "assessor-1";

    public static readonly DateTime DeclaredAtUtc = new(2026, 4, 10, 9, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime SubmittedAtUtc = new(2026, 4, 12, 9, 0, 0, DateTimeKind.Utc);
    public static readonly IReadOnlyList<int> RequiredCompetencyIds = [1, 2, 3];

    private ApplicationStage _stage = ApplicationStage.Assessment;
    private ConflictDeclaration _declaration = ConflictDeclaration.NotDeclared;
    private bool _rateEveryCompetency;
    private bool _submitted;

    public AssessmentBuilder AtStage(ApplicationStage stage)
    {
        _stage = stage;
        return this;
    }

    public AssessmentBuilder WithNoConflict()
    {
        _declaration = ConflictDeclaration.NoConflict;
        return this;
    }

    public AssessmentBuilder Recused()
    {
        _declaration = ConflictDeclaration.Recused;
        return this;
    }

    public AssessmentBuilder FullyRated()
    {
        _declaration = ConflictDeclaration.NoConflict;
        _rateEveryCompetency = true;
        return this;
    }

    public AssessmentBuilder Submitted()
    {
        FullyRated();
        _submitted = true;
        return this;
    }

    public Assessment Build()
    {
        var assessment = new Assessment(DefaultApplicationId, DefaultAssessorId, _stage);
        if (_declaration == ConflictDeclaration.NoConflict)
        {
            assessment.DeclareNoConflict(DeclaredAtUtc);
        }
        else if (_declaration == ConflictDeclaration.Recused)
        {
            assessment.Recuse("I supervised the candidate in UNMISS.", DeclaredAtUtc);
        }

        if (_rateEveryCompetency)
        {
            foreach (var id in RequiredCompetencyIds)
            {
                assessment.Rate(id, 4, $"Evidence for competency {id}.");
            }
        }

        if (_submitted)
        {
            assessment.Submit([.. RequiredCompetencyIds], SubmittedAtUtc);
        }

        return assessment;
    }
}

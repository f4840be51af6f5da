using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Assessments;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.UnitTests.Builders;

namespace LeadershipPortal.UnitTests.Assessments;

public sealed class AssessmentTests
{
    private static readonly DateTime Now = new(2026, 4, 11, 14, 0, 0, DateTimeKind.Utc);
    private static readonly int[] Required = [.. AssessmentBuilder.RequiredCompetencyIds];

    [Fact]
    public void A_new_assessment_is_an_undeclared_draft()
    {
        var assessment = new AssessmentBuilder().Build();

        Assert.Equal(ConflictDeclaration.NotDeclared, assessment.Conflict);
        Assert.Null(assessment.DeclaredAtUtc);
        Assert.False(assessment.IsSubmitted);
        Assert.Empty(assessment.Ratings);
        Assert.Equal(AssessmentBuilder.DefaultAssessorId, assessment.AssessorId);
    }

    [Theory]
    [InlineData(ApplicationStage.Screening)]
    [InlineData(ApplicationStage.Assessment)]
    [InlineData(ApplicationStage.Interview)]
    public void An_assessment_can_be_made_at_a_scored_stage(ApplicationStage stage)
    {
        var assessment = new AssessmentBuilder().AtStage(stage).Build();

        Assert.Equal(stage, assessment.Stage);
    }

    [Theory]
    [InlineData(ApplicationStage.Submitted, "Submitted")]
    [InlineData(ApplicationStage.Shortlisted, "Shortlisted")]
    [InlineData(ApplicationStage.NotSelected, "Not selected")]
    public void An_assessment_at_a_stage_that_is_not_scored_is_refused(ApplicationStage stage, string label)
    {
        var error = Assert.Throws<DomainRuleException>(() => new AssessmentBuilder().AtStage(stage).Build());

        Assert.Equal($"Applications are not scored at the {label} stage.", error.Message);
    }

    [Fact]
    public void Rating_before_declaring_no_conflict_is_refused()
    {
        var assessment = new AssessmentBuilder().Build();

        var error = Assert.Throws<DomainRuleException>(() => assessment.Rate(1, 4, "Led the 2024 ceasefire talks."));

        Assert.Equal("Declare that you have no conflict of interest before scoring.", error.Message);
        Assert.Empty(assessment.Ratings);
    }

    [Fact]
    public void Declaring_no_conflict_records_when_and_allows_rating()
    {
        var assessment = new AssessmentBuilder().Build();

        assessment.DeclareNoConflict(Now);
        assessment.Rate(1, 4, "Led the 2024 ceasefire talks.");

        Assert.Equal(ConflictDeclaration.NoConflict, assessment.Conflict);
        Assert.Equal(Now, assessment.DeclaredAtUtc);
        Assert.Single(assessment.Ratings);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_recusal_without_a_reason_is_refused(string reason)
    {
        var assessment = new AssessmentBuilder().Build();

        var error = Assert.Throws<DomainRuleException>(() => assessment.Recuse(reason, Now));

        Assert.Equal("The reason for recusal is required.", error.Message);
        Assert.Equal(ConflictDeclaration.NotDeclared, assessment.Conflict);
    }

    [Fact]
    public void A_recusal_keeps_its_reason_and_when_it_was_made()
    {
        var assessment = new AssessmentBuilder().Build();

        assessment.Recuse("  The candidate is my former deputy.  ", Now);

        Assert.Equal(ConflictDeclaration.Recused, assessment.Conflict);
        Assert.Equal("The candidate is my former deputy.", assessment.RecusalReason);
        Assert.Equal(Now, assessment.DeclaredAtUtc);
    }

    [Fact]
    public void A_recused_assessor_cannot_rate()
    {
        var assessment = new AssessmentBuilder().Recused().Build();

        var error = Assert.Throws<DomainRuleException>(() => assessment.Rate(1, 4, "Evidence."));

        Assert.Equal("Declare that you have no conflict of interest before scoring.", error.Message);
        Assert.Empty(assessment.Ratings);
    }

    [Fact]
    public void A_recused_assessor_cannot_submit()
    {
        var assessment = new AssessmentBuilder().Recused().Build();

        var error = Assert.Throws<DomainRuleException>(() => assessment.Submit([], Now));

        Assert.Equal("A recused assessor does not submit scores.", error.Message);
        Assert.False(assessment.IsSubmitted);
    }

    [Fact]
    public void Submitting_without_any_declaration_is_refused()
    {
        var assessment = new AssessmentBuilder().Build();

        Assert.Throws<DomainRuleException>(() => assessment.Submit([], Now));
        Assert.False(assessment.IsSubmitted);
    }

    [Fact]
    public void No_conflict_cannot_be_declared_twice()
    {
        var assessment = new AssessmentBuilder().WithNoConflict().Build();

        var error = Assert.Throws<DomainRuleException>(() => assessment.DeclareNoConflict(Now));

        Assert.Equal("A conflict-of-interest declaration is made once.", error.Message);
        Assert.Equal(AssessmentBuilder.DeclaredAtUtc, assessment.DeclaredAtUtc);
    }

    [Fact]
    public void An_assessor_who_declared_no_conflict_cannot_then_recuse()
    {
        var assessment = new AssessmentBuilder().WithNoConflict().Build();

        var error = Assert.Throws<DomainRuleException>(() => assessment.Recuse("Changed my mind.", Now));

        Assert.Equal("A conflict-of-interest declaration is made once.", error.Message);
        Assert.Equal(ConflictDeclaration.NoConflict, assessment.Conflict);
        Assert.Null(assessment.RecusalReason);
    }

    [Fact]
    public void A_recused_assessor_cannot_then_declare_no_conflict()
    {
        var assessment = new AssessmentBuilder().Recused().Build();

        var error = Assert.Throws<DomainRuleException>(() => assessment.DeclareNoConflict(Now));

        Assert.Equal("A conflict-of-interest declaration is made once.", error.Message);
        Assert.Equal(ConflictDeclaration.Recused, assessment.Conflict);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-3)]
    public void A_rating_outside_1_to_5_is_refused(int rating)
    {
        var assessment = new AssessmentBuilder().WithNoConflict().Build();

        var error = Assert.Throws<DomainRuleException>(() => assessment.Rate(1, rating, "Evidence."));

        Assert.Equal("A rating is from 1 (Unsatisfactory) to 5 (Outstanding).", error.Message);
        Assert.Empty(assessment.Ratings);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void A_rating_at_either_end_of_the_scale_is_accepted(int rating)
    {
        var assessment = new AssessmentBuilder().WithNoConflict().Build();

        assessment.Rate(1, rating, "Evidence.");

        Assert.Equal(rating, Assert.Single(assessment.Ratings).Rating);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_rating_without_evidence_is_refused(string evidence)
    {
        var assessment = new AssessmentBuilder().WithNoConflict().Build();

        var error = Assert.Throws<DomainRuleException>(() => assessment.Rate(1, 3, evidence));

        Assert.Equal("Evidence is required.", error.Message);
        Assert.Empty(assessment.Ratings);
    }

    [Fact]
    public void A_rating_keeps_its_evidence_trimmed()
    {
        var assessment = new AssessmentBuilder().WithNoConflict().Build();

        assessment.Rate(2, 3, "  Negotiated access for humanitarian convoys.  ");

        var rating = Assert.Single(assessment.Ratings);
        Assert.Equal(2, rating.CompetencyId);
        Assert.Equal(3, rating.Rating);
        Assert.Equal("Negotiated access for humanitarian convoys.", rating.Evidence);
    }

    [Fact]
    public void Rating_a_competency_again_replaces_the_earlier_rating()
    {
        var assessment = new AssessmentBuilder().WithNoConflict().Build();
        assessment.Rate(1, 2, "First impression.");
        assessment.Rate(2, 4, "Other competency.");

        assessment.Rate(1, 5, "After reading the references.");

        Assert.Equal(2, assessment.Ratings.Count);
        var rating = Assert.Single(assessment.Ratings, r => r.CompetencyId == 1);
        Assert.Equal(5, rating.Rating);
        Assert.Equal("After reading the references.", rating.Evidence);
    }

    [Fact]
    public void Submitting_with_every_required_competency_rated_locks_the_assessment()
    {
        var assessment = new AssessmentBuilder().FullyRated().Build();

        assessment.Submit(Required, Now);

        Assert.True(assessment.IsSubmitted);
        Assert.Equal(Now, assessment.SubmittedAtUtc);
    }

    [Fact]
    public void Submitting_with_competencies_still_to_rate_is_refused_with_how_many()
    {
        var assessment = new AssessmentBuilder().WithNoConflict().Build();
        assessment.Rate(1, 4, "Evidence.");
        assessment.Rate(99, 4, "A competency the vacancy does not assess.");

        var error = Assert.Throws<DomainRuleException>(() => assessment.Submit(Required, Now));

        Assert.Equal("Rate every competency before submitting; 2 still to rate.", error.Message);
        Assert.False(assessment.IsSubmitted);
    }

    [Fact]
    public void A_submitted_assessment_cannot_be_rated_again()
    {
        var assessment = new AssessmentBuilder().Submitted().Build();

        var error = Assert.Throws<DomainRuleException>(() => assessment.Rate(1, 1, "Second thoughts."));

        Assert.Equal("This assessment has been submitted and is locked.", error.Message);
        Assert.Equal(4, Assert.Single(assessment.Ratings, r => r.CompetencyId == 1).Rating);
    }

    [Fact]
    public void A_submitted_assessment_cannot_be_submitted_again()
    {
        var assessment = new AssessmentBuilder().Submitted().Build();

        var error = Assert.Throws<DomainRuleException>(() => assessment.Submit(Required, Now));

        Assert.Equal("This assessment has already been submitted.", error.Message);
        Assert.Equal(AssessmentBuilder.SubmittedAtUtc, assessment.SubmittedAtUtc);
    }

    [Fact]
    public void Only_a_submitted_assessment_without_conflict_counts_toward_scores()
    {
        Assert.False(new AssessmentBuilder().Build().CountsTowardScores);
        Assert.False(new AssessmentBuilder().FullyRated().Build().CountsTowardScores);
        Assert.False(new AssessmentBuilder().Recused().Build().CountsTowardScores);
        Assert.True(new AssessmentBuilder().Submitted().Build().CountsTowardScores);
    }

    [Fact]
    public void An_assessment_without_an_assessor_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => new Assessment(1, " ", ApplicationStage.Assessment));

        Assert.Equal("Assessor is required.", error.Message);
    }
}

using LeadershipPortal.Domain.Applications;

namespace LeadershipPortal.UnitTests.Applications;

public sealed class ApplicationStagesTests
{
    // Written out here rather than read from the domain, so a change to the allowed moves must be deliberate.
    public static TheoryData<ApplicationStage, ApplicationStage[]> AllowedMoves => new()
    {
        { ApplicationStage.Draft, [] },
        { ApplicationStage.Submitted, [ApplicationStage.Screening, ApplicationStage.Ineligible] },
        { ApplicationStage.Screening, [ApplicationStage.Assessment, ApplicationStage.Ineligible, ApplicationStage.NotSelected] },
        { ApplicationStage.Assessment, [ApplicationStage.Interview, ApplicationStage.NotSelected] },
        { ApplicationStage.Interview, [ApplicationStage.Shortlisted, ApplicationStage.NotSelected] },
        { ApplicationStage.Shortlisted, [ApplicationStage.Recommended, ApplicationStage.NotSelected] },
        { ApplicationStage.Recommended, [ApplicationStage.Appointed, ApplicationStage.NotSelected] },
        { ApplicationStage.Appointed, [] },
        { ApplicationStage.NotSelected, [] },
        { ApplicationStage.Ineligible, [] },
        { ApplicationStage.Withdrawn, [] },
    };

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void HR_may_move_an_application_only_along_the_selection_process(ApplicationStage from, ApplicationStage[] expected)
    {
        Assert.Equal(expected, ApplicationStages.NextStagesForHr(from));
    }

    [Fact]
    public void The_funnel_runs_from_submission_to_appointment_in_order()
    {
        Assert.Equal(
            [
                ApplicationStage.Submitted, ApplicationStage.Screening, ApplicationStage.Assessment, ApplicationStage.Interview,
                ApplicationStage.Shortlisted, ApplicationStage.Recommended, ApplicationStage.Appointed,
            ],
            ApplicationStages.Funnel);
    }

    [Fact]
    public void Only_screening_and_assessment_are_blind()
    {
        var blind = Enum.GetValues<ApplicationStage>().Where(ApplicationStages.IsBlind);

        Assert.Equal([ApplicationStage.Screening, ApplicationStage.Assessment], blind);
    }

    [Fact]
    public void Screening_assessment_and_interview_are_the_scored_stages()
    {
        var scored = Enum.GetValues<ApplicationStage>().Where(ApplicationStages.IsScored);

        Assert.Equal([ApplicationStage.Screening, ApplicationStage.Assessment, ApplicationStage.Interview], scored);
    }

    [Fact]
    public void Appointed_not_selected_ineligible_and_withdrawn_are_final()
    {
        var final = Enum.GetValues<ApplicationStage>().Where(ApplicationStages.IsFinal);

        Assert.Equal(
            [ApplicationStage.Appointed, ApplicationStage.NotSelected, ApplicationStage.Ineligible, ApplicationStage.Withdrawn],
            final);
    }

    [Theory]
    [InlineData(ApplicationStage.NotSelected, "Not selected")]
    [InlineData(ApplicationStage.Shortlisted, "Shortlisted")]
    [InlineData(ApplicationStage.Appointed, "Appointed")]
    public void A_stage_is_labelled_for_people(ApplicationStage stage, string label)
    {
        Assert.Equal(label, ApplicationStages.Label(stage));
    }
}

using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Vacancies;
using LeadershipPortal.UnitTests.Builders;

namespace LeadershipPortal.UnitTests.Vacancies;

public sealed class VacancyTests
{
    private static readonly DateTime Opens = VacancyBuilder.DefaultOpensAtUtc;
    private static readonly DateTime Closes = VacancyBuilder.DefaultClosesAtUtc;

    [Fact]
    public void A_new_vacancy_is_a_draft_with_its_reference_in_capitals()
    {
        var vacancy = new VacancyBuilder().Build();

        Assert.Equal(VacancyStatus.Draft, vacancy.Status);
        Assert.Equal("MONUSCO-HOM-2026", vacancy.Key);
        Assert.Equal(Opens, vacancy.OpensAtUtc);
        Assert.Equal(Closes, vacancy.ClosesAtUtc);
    }

    [Fact]
    public void Competency_weights_that_sum_to_100_are_accepted()
    {
        var vacancy = new VacancyBuilder().WithoutCompetencies().Build();

        vacancy.SetCompetencies([new(1, 50, 3), new(2, 25, 3), new(3, 25, 3)]);

        Assert.Equal([50, 25, 25], vacancy.Competencies.Select(c => c.Weight));
        Assert.Equal(Vacancy.TotalWeight, vacancy.Competencies.Sum(c => c.Weight));
    }

    [Theory]
    [InlineData(39, 99)]
    [InlineData(41, 101)]
    public void Competency_weights_that_do_not_sum_to_100_are_refused_with_the_total(int firstWeight, int total)
    {
        var vacancy = new VacancyBuilder().WithoutCompetencies().Build();

        var error = Assert.Throws<DomainRuleException>(() =>
            vacancy.SetCompetencies([new(1, firstWeight, 3), new(2, 30, 3), new(3, 30, 3)]));

        Assert.Equal($"Competency weights must sum to 100; they sum to {total}.", error.Message);
        Assert.Empty(vacancy.Competencies);
    }

    [Fact]
    public void Choosing_the_same_competency_twice_is_refused()
    {
        var vacancy = new VacancyBuilder().WithoutCompetencies().Build();

        var error = Assert.Throws<DomainRuleException>(() =>
            vacancy.SetCompetencies([new(1, 50, 3), new(1, 50, 3)]));

        Assert.Equal("Each competency can be chosen once.", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void A_weight_that_is_not_positive_is_refused(int weight)
    {
        var vacancy = new VacancyBuilder().WithoutCompetencies().Build();

        // The other weights make the total 100, so only the zero or negative weight is wrong.
        var error = Assert.Throws<DomainRuleException>(() =>
            vacancy.SetCompetencies([new(1, weight, 3), new(2, 100 - weight, 3)]));

        Assert.Equal("Every competency weight must be greater than zero.", error.Message);
    }

    [Fact]
    public void An_empty_list_of_competencies_is_refused()
    {
        var vacancy = new VacancyBuilder().WithoutCompetencies().Build();

        var error = Assert.Throws<DomainRuleException>(() => vacancy.SetCompetencies([]));

        Assert.Equal("Choose at least one competency to assess.", error.Message);
    }

    [Fact]
    public void Setting_competencies_again_replaces_the_earlier_ones()
    {
        var vacancy = new VacancyBuilder().Build();

        vacancy.SetCompetencies([new(9, 100, 4)]);

        var only = Assert.Single(vacancy.Competencies);
        Assert.Equal(9, only.CompetencyId);
        Assert.Equal(4, only.MinimumRating);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_minimum_rating_outside_1_to_5_is_refused(int minimum)
    {
        var error = Assert.Throws<DomainRuleException>(() => new VacancyCompetency(1, 100, minimum));

        Assert.Equal("A minimum rating is from 1 to 5.", error.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void A_minimum_rating_at_the_ends_of_the_scale_is_accepted(int minimum)
    {
        var competency = new VacancyCompetency(1, 100, minimum);

        Assert.Equal(minimum, competency.MinimumRating);
    }

    [Fact]
    public void Publishing_a_draft_makes_it_published()
    {
        var vacancy = new VacancyBuilder().Build();

        vacancy.Publish();

        Assert.Equal(VacancyStatus.Published, vacancy.Status);
    }

    [Fact]
    public void Publishing_a_vacancy_that_is_already_published_is_refused()
    {
        var vacancy = new VacancyBuilder().Published().Build();

        var error = Assert.Throws<DomainRuleException>(vacancy.Publish);

        Assert.Equal("Only a draft vacancy can be published.", error.Message);
    }

    [Fact]
    public void Publishing_a_closed_vacancy_is_refused()
    {
        var vacancy = new VacancyBuilder().Published().Build();
        vacancy.Close(Opens.AddDays(3));

        var error = Assert.Throws<DomainRuleException>(vacancy.Publish);

        Assert.Equal("Only a draft vacancy can be published.", error.Message);
        Assert.Equal(VacancyStatus.Closed, vacancy.Status);
    }

    [Fact]
    public void Publishing_without_competencies_is_refused()
    {
        var vacancy = new VacancyBuilder().WithoutCompetencies().Build();

        var error = Assert.Throws<DomainRuleException>(vacancy.Publish);

        Assert.Equal("Choose at least one competency to assess.", error.Message);
        Assert.Equal(VacancyStatus.Draft, vacancy.Status);
    }

    [Fact]
    public void The_competencies_of_a_published_vacancy_cannot_change()
    {
        var vacancy = new VacancyBuilder().Published().Build();

        var error = Assert.Throws<DomainRuleException>(() => vacancy.SetCompetencies([new(9, 100, 3)]));

        Assert.StartsWith("The competencies of a published vacancy cannot change", error.Message, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3], vacancy.Competencies.Select(c => c.CompetencyId));
    }

    [Fact]
    public void Closing_before_the_closing_date_brings_the_closing_date_forward_to_now()
    {
        var vacancy = new VacancyBuilder().Published().Build();
        var now = Opens.AddDays(10);

        vacancy.Close(now);

        Assert.Equal(VacancyStatus.Closed, vacancy.Status);
        Assert.Equal(now, vacancy.ClosesAtUtc);
    }

    [Fact]
    public void Closing_after_the_closing_date_keeps_the_closing_date()
    {
        var vacancy = new VacancyBuilder().Published().Build();

        vacancy.Close(Closes.AddDays(2));

        Assert.Equal(VacancyStatus.Closed, vacancy.Status);
        Assert.Equal(Closes, vacancy.ClosesAtUtc);
    }

    [Fact]
    public void Closing_before_the_vacancy_opens_is_refused_and_keeps_the_dates()
    {
        var vacancy = new VacancyBuilder().Published().Build();

        var error = Assert.Throws<DomainRuleException>(() => vacancy.Close(Opens.AddDays(-1)));

        Assert.StartsWith("This vacancy has not opened yet", error.Message, StringComparison.Ordinal);
        Assert.Equal(VacancyStatus.Published, vacancy.Status);
        Assert.Equal(Opens, vacancy.OpensAtUtc);
        Assert.Equal(Closes, vacancy.ClosesAtUtc);
    }

    [Fact]
    public void Closing_a_draft_is_refused()
    {
        var vacancy = new VacancyBuilder().Build();

        var error = Assert.Throws<DomainRuleException>(() => vacancy.Close(Opens.AddDays(1)));

        Assert.Equal("Only a published vacancy can be closed.", error.Message);
        Assert.Equal(Closes, vacancy.ClosesAtUtc);
    }

    [Fact]
    public void Closing_a_closed_vacancy_is_refused()
    {
        var vacancy = new VacancyBuilder().Published().Build();
        vacancy.Close(Opens.AddDays(10));

        var error = Assert.Throws<DomainRuleException>(() => vacancy.Close(Opens.AddDays(5)));

        Assert.Equal("Only a published vacancy can be closed.", error.Message);
        Assert.Equal(Opens.AddDays(10), vacancy.ClosesAtUtc);
    }

    public static TheoryData<DateTime, bool> MomentsAroundTheWindow => new()
    {
        { VacancyBuilder.DefaultOpensAtUtc.AddTicks(-1), false },
        { VacancyBuilder.DefaultOpensAtUtc, true },
        { VacancyBuilder.DefaultClosesAtUtc.AddTicks(-1), true },
        { VacancyBuilder.DefaultClosesAtUtc, false },
        { VacancyBuilder.DefaultClosesAtUtc.AddDays(1), false },
    };

    [Theory]
    [MemberData(nameof(MomentsAroundTheWindow))]
    public void A_published_vacancy_is_open_from_its_opening_time_until_just_before_its_closing_time(DateTime now, bool expectedOpen)
    {
        var vacancy = new VacancyBuilder().Published().Build();

        Assert.Equal(expectedOpen, vacancy.IsOpenForApplications(now));
    }

    [Fact]
    public void A_draft_vacancy_is_not_open_even_inside_its_dates()
    {
        var vacancy = new VacancyBuilder().Build();

        Assert.False(vacancy.IsOpenForApplications(Opens.AddDays(1)));
    }

    [Fact]
    public void A_closed_vacancy_is_not_open_even_inside_its_original_dates()
    {
        var vacancy = new VacancyBuilder().Published().Build();
        vacancy.Close(Closes.AddDays(1));

        Assert.False(vacancy.IsOpenForApplications(Opens.AddDays(1)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_closing_date_at_or_before_the_opening_date_is_refused(int daysAfterOpening)
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            new VacancyBuilder().WithSchedule(Opens, Opens.AddDays(daysAfterOpening)).Build());

        Assert.Equal("The closing date must be after the opening date.", error.Message);
    }

    [Fact]
    public void Rescheduling_to_close_before_opening_is_refused_and_keeps_the_old_dates()
    {
        var vacancy = new VacancyBuilder().Build();

        Assert.Throws<DomainRuleException>(() => vacancy.Reschedule(Closes, Opens));

        Assert.Equal(Opens, vacancy.OpensAtUtc);
        Assert.Equal(Closes, vacancy.ClosesAtUtc);
    }

    [Fact]
    public void Rescheduling_moves_both_dates()
    {
        var vacancy = new VacancyBuilder().Build();

        vacancy.Reschedule(Opens.AddDays(7), Closes.AddDays(14));

        Assert.Equal(Opens.AddDays(7), vacancy.OpensAtUtc);
        Assert.Equal(Closes.AddDays(14), vacancy.ClosesAtUtc);
    }

    [Fact]
    public void Assigning_an_assessor_puts_them_on_the_panel_with_the_time()
    {
        var vacancy = new VacancyBuilder().Build();

        vacancy.AssignAssessor("assessor-1", Opens);

        var member = Assert.Single(vacancy.Panel);
        Assert.Equal("assessor-1", member.AssessorId);
        Assert.Equal(Opens, member.AssignedAtUtc);
        Assert.True(vacancy.HasOnPanel("assessor-1"));
        Assert.False(vacancy.HasOnPanel("assessor-2"));
    }

    [Fact]
    public void Assigning_the_same_assessor_twice_is_refused()
    {
        var vacancy = new VacancyBuilder().Build();
        vacancy.AssignAssessor("assessor-1", Opens);

        var error = Assert.Throws<DomainRuleException>(() => vacancy.AssignAssessor("assessor-1", Opens.AddHours(1)));

        Assert.Equal("That assessor is already on the panel.", error.Message);
        Assert.Single(vacancy.Panel);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Assigning_a_blank_assessor_is_refused(string assessorId)
    {
        var vacancy = new VacancyBuilder().Build();

        var error = Assert.Throws<DomainRuleException>(() => vacancy.AssignAssessor(assessorId, Opens));

        Assert.Equal("Choose an assessor.", error.Message);
        Assert.Empty(vacancy.Panel);
    }

    [Fact]
    public void Removing_an_assessor_takes_only_them_off_the_panel()
    {
        var vacancy = new VacancyBuilder().Build();
        vacancy.AssignAssessor("assessor-1", Opens);
        vacancy.AssignAssessor("assessor-2", Opens);

        vacancy.RemoveAssessor("assessor-1");

        Assert.Equal(["assessor-2"], vacancy.Panel.Select(p => p.AssessorId));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void A_gender_target_outside_0_to_100_percent_is_refused(int percent)
    {
        var vacancy = new VacancyBuilder().WithGenderTarget(50).Build();

        var error = Assert.Throws<DomainRuleException>(() => vacancy.SetGenderTarget(percent));

        Assert.Equal("A gender target is a percentage from 0 to 100.", error.Message);
        Assert.Equal(50, vacancy.GenderTargetPercent);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(null)]
    public void A_gender_target_from_0_to_100_percent_or_none_is_accepted(int? percent)
    {
        var vacancy = new VacancyBuilder().WithGenderTarget(percent).Build();

        Assert.Equal(percent, vacancy.GenderTargetPercent);
    }

    [Fact]
    public void A_vacancy_cannot_be_created_with_a_gender_target_over_100_percent()
    {
        Assert.Throws<DomainRuleException>(() => new VacancyBuilder().WithGenderTarget(120).Build());
    }

    [Fact]
    public void A_scoring_deadline_can_be_set_and_cleared()
    {
        var vacancy = new VacancyBuilder().Build();
        var deadline = Closes.AddDays(21);

        vacancy.SetScoringDeadline(deadline);
        Assert.Equal(deadline, vacancy.ScoringDeadlineUtc);

        vacancy.SetScoringDeadline(null);
        Assert.Null(vacancy.ScoringDeadlineUtc);
    }
}

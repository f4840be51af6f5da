using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Competencies;
using LeadershipPortal.UnitTests.Builders;

namespace LeadershipPortal.UnitTests.Competencies;

public sealed class CompetencyFrameworkTests
{
    [Fact]
    public void A_framework_code_is_kept_in_capitals()
    {
        var framework = new CompetencyFrameworkBuilder().WithVersion(2).Build();

        Assert.Equal("UNSLC", framework.Code);
        Assert.Equal(2, framework.Version);
        Assert.Empty(framework.Competencies);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_framework_version_below_1_is_refused(int version)
    {
        var error = Assert.Throws<DomainRuleException>(() => new CompetencyFrameworkBuilder().WithVersion(version).Build());

        Assert.Equal("A framework version starts at 1.", error.Message);
    }

    [Fact]
    public void A_competency_with_a_descriptor_for_each_of_the_5_levels_is_added()
    {
        var framework = new CompetencyFrameworkBuilder().Build();

        var competency = framework.AddCompetency(
            "lead", "Leadership", "Sets direction.", CompetencyFrameworkBuilder.Indicators(), CompetencyFrameworkBuilder.FiveDescriptors());

        Assert.Same(competency, Assert.Single(framework.Competencies));
        Assert.Equal("LEAD", competency.Code);
        Assert.Equal(5, competency.LevelDescriptors.Count);
        Assert.Equal(CompetencyFrameworkBuilder.Indicators(), competency.Indicators);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(6)]
    public void A_competency_without_exactly_5_level_descriptors_is_refused(int count)
    {
        var framework = new CompetencyFrameworkBuilder().Build();
        var descriptors = Enumerable.Range(1, count).Select(i => $"Level {i}.");

        var error = Assert.Throws<DomainRuleException>(() =>
            framework.AddCompetency("lead", "Leadership", "", CompetencyFrameworkBuilder.Indicators(), descriptors));

        Assert.Equal("Competency LEAD needs one descriptor for each of the 5 rating levels.", error.Message);
        Assert.Empty(framework.Competencies);
    }

    [Fact]
    public void A_blank_level_descriptor_is_refused()
    {
        var framework = new CompetencyFrameworkBuilder().Build();
        var descriptors = CompetencyFrameworkBuilder.FiveDescriptors();
        descriptors[2] = "  ";

        var error = Assert.Throws<DomainRuleException>(() =>
            framework.AddCompetency("lead", "Leadership", "", CompetencyFrameworkBuilder.Indicators(), descriptors));

        Assert.Equal("Level descriptor is required.", error.Message);
    }

    [Theory]
    [InlineData(Rating.Unsatisfactory, "Level 1 behaviour.")]
    [InlineData(Rating.PartiallySatisfactory, "Level 2 behaviour.")]
    [InlineData(Rating.Satisfactory, "Level 3 behaviour.")]
    [InlineData(Rating.Strong, "Level 4 behaviour.")]
    [InlineData(Rating.Outstanding, "Level 5 behaviour.")]
    public void Each_rating_maps_to_its_own_level_descriptor(Rating rating, string expected)
    {
        var competency = new CompetencyFrameworkBuilder().Build().AddCompetency(
            "lead", "Leadership", "", CompetencyFrameworkBuilder.Indicators(), CompetencyFrameworkBuilder.FiveDescriptors());

        Assert.Equal(expected, competency.DescriptorFor(rating));
    }

    [Theory]
    [InlineData("LEAD")]
    [InlineData("lead")]
    [InlineData(" Lead ")]
    public void A_competency_code_already_in_the_framework_is_refused_whatever_its_case(string secondCode)
    {
        var framework = new CompetencyFrameworkBuilder().Build();
        framework.AddCompetency("lead", "Leadership", "", [], CompetencyFrameworkBuilder.FiveDescriptors());

        var error = Assert.Throws<DomainRuleException>(() =>
            framework.AddCompetency(secondCode, "Leading others", "", [], CompetencyFrameworkBuilder.FiveDescriptors()));

        Assert.Equal("The framework already has a competency LEAD.", error.Message);
        Assert.Single(framework.Competencies);
    }

    [Fact]
    public void Competencies_with_different_codes_are_all_kept()
    {
        var framework = new CompetencyFrameworkBuilder().Build();

        framework.AddCompetency("lead", "Leadership", "", [], CompetencyFrameworkBuilder.FiveDescriptors());
        framework.AddCompetency("judg", "Judgement", "", [], CompetencyFrameworkBuilder.FiveDescriptors());

        Assert.Equal(["LEAD", "JUDG"], framework.Competencies.Select(c => c.Code));
    }
}

using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Mentoring;

namespace LeadershipPortal.UnitTests.Mentoring;

public sealed class MenteeProfileTests
{
    [Fact]
    public void Blank_development_goals_are_dropped()
    {
        var mentee = new MenteeProfile("user-2", "A. Head", 7, 1, new DateOnly(2025, 9, 1));

        mentee.SetGoals(["  Manage a drawdown  ", "", "   ", "Protect civilians"]);

        Assert.Equal(["Manage a drawdown", "Protect civilians"], mentee.DevelopmentGoals);
    }

    [Fact]
    public void A_mentee_goal_over_500_characters_is_refused()
    {
        var mentee = new MenteeProfile("user-2", "A. Head", 7, 1, new DateOnly(2025, 9, 1));

        var error = Assert.Throws<DomainRuleException>(() => mentee.SetGoals([new string('g', 501)]));

        Assert.Equal("Goal must be at most 500 characters.", error.Message);
    }
}

using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Reference;

namespace LeadershipPortal.UnitTests.Reference;

public sealed class PositionTypeTests
{
    [Fact]
    public void A_position_type_keeps_each_grade_once_in_order()
    {
        var position = new PositionType("fc", "Force Commander", PositionCategory.Military, [Grade.ASG, Grade.USG, Grade.ASG]);

        Assert.Equal("FC", position.Code);
        Assert.Equal([Grade.USG, Grade.ASG], position.Grades);
    }

    [Fact]
    public void A_position_type_without_a_grade_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => new PositionType("COS", "Chief of Staff", PositionCategory.Civilian, []));

        Assert.Equal("A position type needs at least one grade.", error.Message);
    }

    [Fact]
    public void A_position_code_over_10_characters_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            new PositionType("HEADOFMISSION", "Head of Mission", PositionCategory.Civilian, [Grade.USG]));

        Assert.Equal("Position code must be at most 10 characters.", error.Message);
    }
}

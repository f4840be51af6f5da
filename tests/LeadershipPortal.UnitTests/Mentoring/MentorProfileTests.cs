using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Mentoring;

namespace LeadershipPortal.UnitTests.Mentoring;

public sealed class MentorProfileTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void A_capacity_from_0_to_10_mentees_is_accepted(int capacity)
    {
        var mentor = new MentorProfile("user-1", "Ellen Margrethe Løj", capacity);

        Assert.Equal(capacity, mentor.Capacity);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void A_capacity_outside_0_to_10_is_refused(int capacity)
    {
        var mentor = new MentorProfile("user-1", "Ellen Margrethe Løj", 2);

        var error = Assert.Throws<DomainRuleException>(() => mentor.SetCapacity(capacity));

        Assert.Equal("Capacity is from 0 to 10 mentees.", error.Message);
        Assert.Equal(2, mentor.Capacity);
    }

    [Fact]
    public void Describing_a_mentor_removes_repeated_expertise_and_regions_and_orders_them()
    {
        var mentor = new MentorProfile("user-1", "Ellen Margrethe Løj", 2);

        mentor.Describe(
            "  Former SRSG.  ",
            " ",
            [MandateArea.RuleOfLaw, MandateArea.ProtectionOfCivilians, MandateArea.RuleOfLaw],
            [Region.MiddleEast, Region.Africa, Region.Africa],
            [new LanguageSkill("English", LanguageLevel.Fluent)],
            [new FormerPost("HOM", "UNMISS", 2011, 2014)]);

        Assert.Equal("Former SRSG.", mentor.Bio);
        Assert.Null(mentor.Availability);
        Assert.Equal([MandateArea.ProtectionOfCivilians, MandateArea.RuleOfLaw], mentor.Expertise);
        Assert.Equal([Region.Africa, Region.MiddleEast], mentor.Regions);
        Assert.Single(mentor.FormerPosts);
    }
}

using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Mentoring;

namespace LeadershipPortal.UnitTests.Mentoring;

public sealed class CompatibilityTests
{
    private static readonly MenteeNeeds HeadOfUnmiss = new(
        5, "Carlos", "UNMISS", Region.Africa, [MandateArea.ProtectionOfCivilians, MandateArea.PoliticalProcess, MandateArea.HumanitarianAccess], "HOM", ["Spanish", "English", "French"]);

    [Fact]
    public void A_worked_example_scores_each_part_and_adds_them_up()
    {
        // Shares English and French (25), knows Africa (25), covers 2 of 3 mandate areas (20),
        // was a head of mission (15) and served in UNMISS before (5).
        var mentor = Mentor(languages: ["Finnish", "English", "French"], regions: [Region.Europe, Region.Africa],
            expertise: [MandateArea.PoliticalProcess, MandateArea.ProtectionOfCivilians, MandateArea.RuleOfLaw],
            posts: [new FormerPost("HOM", "UNMIK", 2014, 2018), new FormerPost("DHOM", "UNMISS", 2011, 2014)]);

        var score = Compatibility.Score(mentor, HeadOfUnmiss);

        Assert.Equal((25, 25, 20, 20), (score.Languages, score.Region, score.MandateAreas, score.FormerPosts));
        Assert.Equal(90, score.Total);
        Assert.False(score.IsExcluded);
    }

    [Fact]
    public void One_shared_language_counts_15_and_nothing_in_common_scores_zero()
    {
        var one = Compatibility.Score(Mentor(languages: ["english"]), HeadOfUnmiss);
        var none = Compatibility.Score(Mentor(languages: ["Danish"], regions: [Region.Europe], posts: [new FormerPost("FC", "UNDOF", 2012, 2014)]), HeadOfUnmiss);

        Assert.Equal(15, one.Languages);
        Assert.Equal(0, none.Total);
    }

    [Fact]
    public void A_full_mentor_is_excluded_whatever_the_score()
    {
        var score = Compatibility.Score(Mentor(capacity: 2, taken: 2, languages: ["English", "Spanish"]), HeadOfUnmiss);

        Assert.Equal([MatchExclusion.CapacityFull], score.Exclusions);
        Assert.Equal(25, score.Languages);
    }

    [Fact]
    public void A_mentor_serving_in_the_mission_now_is_excluded_but_a_past_post_there_earns_points()
    {
        var serving = Compatibility.Score(Mentor(posts: [new FormerPost("COS", "UNMISS", 2024, null)]), HeadOfUnmiss);
        var formerly = Compatibility.Score(Mentor(posts: [new FormerPost("COS", "UNMISS", 2019, 2022)]), HeadOfUnmiss);

        Assert.Equal([MatchExclusion.SameMissionNow], serving.Exclusions);
        Assert.Empty(formerly.Exclusions);
        Assert.Equal(5, formerly.FormerPosts);
    }

    [Fact]
    public void A_declared_conflict_with_the_mission_excludes_the_mentor()
    {
        var score = Compatibility.Score(Mentor(conflicts: ["unmiss"], capacity: 1, taken: 1), HeadOfUnmiss);

        Assert.Equal([MatchExclusion.CapacityFull, MatchExclusion.DeclaredConflict], score.Exclusions);
    }

    [Fact]
    public void Ranking_puts_allowed_mentors_first_by_score_then_the_excluded()
    {
        var strong = Mentor(id: 1, name: "Strong", languages: ["English", "French"], regions: [Region.Africa]);
        var weak = Mentor(id: 2, name: "Weak", languages: ["English"]);
        var full = Mentor(id: 3, name: "Full", capacity: 1, taken: 1, languages: ["English", "French"], regions: [Region.Africa], posts: [new FormerPost("HOM", "UNMIK", 2010, 2012)]);

        var ranked = Compatibility.Rank([weak, full, strong], HeadOfUnmiss);

        Assert.Equal([1, 2, 3], ranked.Select(r => r.Mentor.MentorId));
    }

    private static MentorCandidate Mentor(
        int id = 1, string name = "Mentor", int capacity = 2, int taken = 0, string[]? languages = null, Region[]? regions = null,
        MandateArea[]? expertise = null, FormerPost[]? posts = null, string[]? conflicts = null) =>
        new(id, name, capacity, taken, languages ?? [], regions ?? [], expertise ?? [], posts ?? [], conflicts ?? []);
}

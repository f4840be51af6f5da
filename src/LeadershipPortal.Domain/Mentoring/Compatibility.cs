using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Domain.Mentoring;

/// <summary>What matching needs to know about a mentor. <paramref name="Taken"/> counts proposed and active mentorships.</summary>
public sealed record MentorCandidate(
    int MentorId,
    string Name,
    int Capacity,
    int Taken,
    IReadOnlyCollection<string> Languages,
    IReadOnlyCollection<Region> Regions,
    IReadOnlyCollection<MandateArea> Expertise,
    IReadOnlyCollection<FormerPost> FormerPosts,
    IReadOnlyCollection<string> ConflictMissions)
{
    public int FreeSlots => Math.Max(0, Capacity - Taken);
}

/// <summary>What matching needs to know about a waiting head of mission and the mission they lead.</summary>
public sealed record MenteeNeeds(
    int MenteeId,
    string Name,
    string MissionCode,
    Region MissionRegion,
    IReadOnlyCollection<MandateArea> MissionMandateAreas,
    string PositionTypeCode,
    IReadOnlyCollection<string> Languages);

public enum MatchExclusion
{
    CapacityFull,
    SameMissionNow,
    DeclaredConflict,
}

/// <summary>The score out of 100 and where it came from, with any hard exclusion that rules the pair out.</summary>
public sealed record CompatibilityScore(int Languages, int Region, int MandateAreas, int FormerPosts, IReadOnlyList<MatchExclusion> Exclusions)
{
    public int Total => Languages + Region + MandateAreas + FormerPosts;

    public bool IsExcluded => Exclusions.Count > 0;
}

/// <summary>
/// Mentor–mentee compatibility: shared languages (up to 25: 15 for the first, 10 for a second), experience in
/// the mission's region (25), expertise in the mission's mandate areas (30, in proportion to those covered) and
/// relevant former posts (20: 15 for having held the mentee's kind of post, 5 for having served in that mission).
/// Hard exclusions are applied separately and never traded against points.
/// </summary>
public static class Compatibility
{
    public const int LanguagePoints = 25;
    public const int RegionPoints = 25;
    public const int MandatePoints = 30;
    public const int PostPoints = 20;

    public static CompatibilityScore Score(MentorCandidate mentor, MenteeNeeds mentee)
    {
        var shared = mentor.Languages.Intersect(mentee.Languages, StringComparer.OrdinalIgnoreCase).Count();
        var languages = shared switch { 0 => 0, 1 => 15, _ => LanguagePoints };
        var region = mentor.Regions.Contains(mentee.MissionRegion) ? RegionPoints : 0;
        var needed = mentee.MissionMandateAreas.Distinct().ToList();
        var mandate = needed.Count == 0 ? 0 : (int)Math.Round(MandatePoints * needed.Count(mentor.Expertise.Contains) / (double)needed.Count, MidpointRounding.AwayFromZero);
        var samePost = mentor.FormerPosts.Any(p => string.Equals(p.PositionType, mentee.PositionTypeCode, StringComparison.OrdinalIgnoreCase));
        var sameMission = mentor.FormerPosts.Any(p => !p.IsCurrent && string.Equals(p.Mission, mentee.MissionCode, StringComparison.OrdinalIgnoreCase));
        var posts = (samePost ? 15 : 0) + (sameMission ? 5 : 0);
        return new CompatibilityScore(languages, region, mandate, posts, Exclusions(mentor, mentee));
    }

    public static IReadOnlyList<MatchExclusion> Exclusions(MentorCandidate mentor, MenteeNeeds mentee)
    {
        var exclusions = new List<MatchExclusion>();
        if (mentor.FreeSlots == 0)
        {
            exclusions.Add(MatchExclusion.CapacityFull);
        }

        if (mentor.FormerPosts.Any(p => p.IsCurrent && string.Equals(p.Mission, mentee.MissionCode, StringComparison.OrdinalIgnoreCase)))
        {
            exclusions.Add(MatchExclusion.SameMissionNow);
        }

        if (mentor.ConflictMissions.Contains(mentee.MissionCode, StringComparer.OrdinalIgnoreCase))
        {
            exclusions.Add(MatchExclusion.DeclaredConflict);
        }

        return exclusions;
    }

    /// <summary>Every mentor for one mentee: allowed ones first by score, then excluded ones, ties by name.</summary>
    public static IReadOnlyList<(MentorCandidate Mentor, CompatibilityScore Score)> Rank(IEnumerable<MentorCandidate> mentors, MenteeNeeds mentee) =>
        mentors.Select(m => (Mentor: m, Score: Score(m, mentee)))
            .OrderBy(x => x.Score.IsExcluded).ThenByDescending(x => x.Score.Total).ThenBy(x => x.Mentor.Name, StringComparer.Ordinal).ThenBy(x => x.Mentor.MentorId)
            .ToList();
}

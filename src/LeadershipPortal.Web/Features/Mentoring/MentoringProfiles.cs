using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Mentoring;

public sealed record MentorProfileData(
    int Capacity, string? Availability, string? Bio, IReadOnlyList<MandateArea> Expertise, IReadOnlyList<Region> Regions,
    IReadOnlyList<LanguageSkill> Languages, IReadOnlyList<FormerPost> FormerPosts, IReadOnlyList<string> ConflictMissions);

public sealed record MenteeProfileData(int MissionId, int PositionTypeId, DateOnly StartedOn, IReadOnlyList<string> Goals);

public sealed record ProfileOption(int Id, string Code, string Name);

public sealed record ProfileOptions(IReadOnlyList<ProfileOption> Missions, IReadOnlyList<ProfileOption> PositionTypes);

/// <summary>The signed-in mentor's and head of mission's own profiles; nobody edits another's.</summary>
public sealed class MentoringProfiles(PortalDbContext db)
{
    public async Task<ProfileOptions> OptionsAsync(CancellationToken cancellationToken = default) => new(
        await db.Missions.AsNoTracking().OrderBy(m => m.Code).Select(m => new ProfileOption(m.Id, m.Code, m.Name)).ToListAsync(cancellationToken),
        await db.PositionTypes.AsNoTracking().OrderBy(p => p.Id).Select(p => new ProfileOption(p.Id, p.Code, p.Name)).ToListAsync(cancellationToken));

    public async Task<MentorProfileData?> MentorAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.Mentors.AsNoTracking().Where(m => m.UserId == userId)
            .Select(m => new MentorProfileData(m.Capacity, m.Availability, m.Bio, m.Expertise, m.Regions, m.Languages, m.FormerPosts, m.ConflictMissions))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<MenteeProfileData?> MenteeAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.Mentees.AsNoTracking().Where(m => m.UserId == userId)
            .Select(m => new MenteeProfileData(m.MissionId, m.PositionTypeId, m.StartedOn, m.DevelopmentGoals))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Saves the mentor profile; a capacity below the mentees they already have is refused.</summary>
    public async Task<bool> SaveMentorAsync(string userId, MentorProfileData data, CancellationToken cancellationToken = default)
    {
        var mentor = await db.Mentors.SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        if (mentor is null)
        {
            return false;
        }

        var taken = await db.Mentorships.CountAsync(ms => ms.MentorId == mentor.Id && (ms.Status == MentorshipStatus.Active || ms.Status == MentorshipStatus.Proposed), cancellationToken);
        if (data.Capacity < taken)
        {
            throw new DomainRuleException("You already have {0} current or proposed mentees; your capacity cannot be lower.", taken);
        }

        var missions = await db.Missions.Select(m => m.Code).ToListAsync(cancellationToken);
        var positions = await db.PositionTypes.Select(p => p.Code).ToListAsync(cancellationToken);
        if (data.FormerPosts.Any(p => !missions.Contains(p.Mission) || !positions.Contains(p.PositionType)) || data.ConflictMissions.Any(c => !missions.Contains(c)))
        {
            throw new DomainRuleException("Choose missions and posts from the lists.");
        }

        if (data.Languages.Any(l => !Languages.IsKnown(l.Language)))
        {
            throw new DomainRuleException("Choose languages from the list.");
        }

        mentor.SetCapacity(data.Capacity);
        mentor.Describe(data.Bio, data.Availability, data.Expertise, data.Regions, data.Languages, data.FormerPosts);
        mentor.DeclareConflicts(data.ConflictMissions);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> SaveMenteeAsync(string userId, MenteeProfileData data, DateOnly today, CancellationToken cancellationToken = default)
    {
        var mentee = await db.Mentees.SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        if (mentee is null)
        {
            return false;
        }

        if (!await db.Missions.AnyAsync(m => m.Id == data.MissionId, cancellationToken) || !await db.PositionTypes.AnyAsync(p => p.Id == data.PositionTypeId, cancellationToken))
        {
            throw new DomainRuleException("Choose your mission and post from the lists.");
        }

        if (data.StartedOn > today)
        {
            throw new DomainRuleException("The start date in post cannot be in the future.");
        }

        mentee.MoveToPost(data.MissionId, data.PositionTypeId, data.StartedOn);
        mentee.SetGoals(data.Goals);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

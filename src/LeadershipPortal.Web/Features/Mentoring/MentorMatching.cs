using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Audit;
using LeadershipPortal.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Mentoring;

public sealed record RankedMentor(MentorCandidate Mentor, CompatibilityScore Score);

public sealed record MenteeMatch(MenteeNeeds Mentee, IReadOnlyList<RankedMentor> Mentors);

/// <summary>One proposed pair of the batch; <see cref="Mentor"/> is null when no allowed mentor has room.</summary>
public sealed record PairingProposal(MenteeNeeds Mentee, RankedMentor? Mentor, IReadOnlyList<RankedMentor> Allowed);

public sealed record PairToCreate(int MenteeId, int MentorId, MeetingCadence Cadence);

/// <summary>
/// HR's matching: heads of mission without a proposed or active mentorship wait; mentors are ranked for each by
/// compatibility with the hard exclusions shown; the batch proposal is the optimal pairing under capacities.
/// </summary>
public sealed class MentorMatching(PortalDbContext db, ReadModelCache cache, TimeProvider time, AuditLog audit)
{
    /// <summary>The heads of mission waiting for a mentor, kept in memory until the programme or the missions change.</summary>
    public Task<IReadOnlyList<MenteeNeeds>> WaitingAsync(CancellationToken cancellationToken = default) =>
        cache.GetAsync((nameof(MentorMatching), nameof(WaitingAsync)), [DataArea.Mentoring, DataArea.Reference], () => MenteesAsync(null, cancellationToken), cancellationToken);

    public async Task<MenteeMatch?> MatchAsync(int menteeId, CancellationToken cancellationToken = default)
    {
        var mentee = (await MenteesAsync(menteeId, cancellationToken)).SingleOrDefault();
        if (mentee is null)
        {
            return null;
        }

        var ranked = Compatibility.Rank(await MentorsAsync(cancellationToken), mentee).Select(r => new RankedMentor(r.Mentor, r.Score)).ToList();
        return new MenteeMatch(mentee, ranked);
    }

    public async Task<IReadOnlyList<PairingProposal>> ProposeAllAsync(CancellationToken cancellationToken = default)
    {
        var mentees = await WaitingAsync(cancellationToken);
        var mentors = await MentorsAsync(cancellationToken);
        var scored = mentees.Select(me => mentors.Select(mo => new RankedMentor(mo, Compatibility.Score(mo, me))).ToList()).ToList();

        // Capacity is handled by the slots, so only the other exclusions rule a pair out here.
        var scores = new int?[mentees.Count, mentors.Count];
        for (var i = 0; i < mentees.Count; i++)
        {
            for (var j = 0; j < mentors.Count; j++)
            {
                var score = scored[i][j].Score;
                scores[i, j] = score.Exclusions.Any(e => e != MatchExclusion.CapacityFull) ? null : score.Total;
            }
        }

        var assignment = OptimalPairing.Assign(scores, mentors.Select(m => m.FreeSlots).ToList());
        return mentees.Select((me, i) => new PairingProposal(
                me,
                assignment[i] is { } j ? scored[i][j] : null,
                scored[i].Where(r => !r.Score.IsExcluded).OrderByDescending(r => r.Score.Total).ThenBy(r => r.Mentor.Name, StringComparer.Ordinal).ToList()))
            .ToList();
    }

    /// <summary>
    /// Creates the proposed mentorships, all or none: every mentee must still wait, appear once, and every mentor
    /// must be allowed and have room for all the mentees given to them in this batch.
    /// </summary>
    public async Task<int> ConfirmAsync(IReadOnlyList<PairToCreate> pairs, string hrUserId, CancellationToken cancellationToken = default)
    {
        if (pairs.Count == 0)
        {
            throw new DomainRuleException("Choose at least one pair to propose.");
        }

        if (pairs.Select(p => p.MenteeId).Distinct().Count() != pairs.Count)
        {
            throw new DomainRuleException("A head of mission can be paired with one mentor only.");
        }

        var waiting = (await WaitingAsync(cancellationToken)).ToDictionary(m => m.MenteeId);
        var mentors = (await MentorsAsync(cancellationToken)).ToDictionary(m => m.MentorId);
        foreach (var group in pairs.GroupBy(p => p.MentorId))
        {
            if (!mentors.TryGetValue(group.Key, out var mentor))
            {
                throw new DomainRuleException("That mentor does not exist.");
            }

            if (group.Count() > mentor.FreeSlots)
            {
                throw new DomainRuleException(mentor.FreeSlots == 1 ? "{0} has room for {1} more mentee, not {2}." : "{0} has room for {1} more mentees, not {2}.", mentor.Name, mentor.FreeSlots, group.Count());
            }

            foreach (var pair in group)
            {
                if (!waiting.TryGetValue(pair.MenteeId, out var mentee))
                {
                    throw new DomainRuleException("That head of mission is no longer waiting for a mentor.");
                }

                var excluded = Compatibility.Exclusions(mentor, mentee).Where(e => e != MatchExclusion.CapacityFull).ToList();
                if (excluded.Count > 0)
                {
                    throw new DomainRuleException("{0} cannot mentor {1}: {2}.", mentor.Name, mentee.Name, new SentenceList(excluded.Select(e => (Sentence)MentoringLabels.Exclusion(e))));
                }
            }
        }

        var now = time.GetUtcNow().UtcDateTime;
        var goals = await db.Mentees.Where(m => pairs.Select(p => p.MenteeId).Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.DevelopmentGoals, cancellationToken);
        foreach (var pair in pairs)
        {
            db.Mentorships.Add(new Mentorship(pair.MentorId, pair.MenteeId, pair.Cadence, goals[pair.MenteeId], now));
            await audit.AddAsync(hrUserId, "MentorshipProposed", nameof(Mentorship), $"mentee:{pair.MenteeId}", $"Mentor {pair.MentorId}; cadence {pair.Cadence}", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return pairs.Count;
    }

    private async Task<IReadOnlyList<MenteeNeeds>> MenteesAsync(int? menteeId, CancellationToken cancellationToken)
    {
        var rows = await (
            from me in db.Mentees.AsNoTracking()
            where menteeId == null || me.Id == menteeId
            where !db.Mentorships.Any(ms => ms.MenteeId == me.Id && (ms.Status == MentorshipStatus.Active || ms.Status == MentorshipStatus.Proposed))
            join mi in db.Missions on me.MissionId equals mi.Id
            join p in db.PositionTypes on me.PositionTypeId equals p.Id
            orderby me.StartedOn, me.FullName
            select new { me.Id, me.FullName, mi.Code, mi.Region, mi.MandateAreas, PositionCode = p.Code, me.Languages })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new MenteeNeeds(r.Id, r.FullName, r.Code, r.Region, r.MandateAreas, r.PositionCode, r.Languages.Select(l => l.Language).ToList())).ToList();
    }

    private async Task<List<MentorCandidate>> MentorsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Mentors.AsNoTracking()
            .OrderBy(m => m.FullName)
            .Select(m => new
            {
                m.Id, m.FullName, m.Capacity, m.Languages, m.Regions, m.Expertise, m.FormerPosts, m.ConflictMissions,
                Taken = db.Mentorships.Count(ms => ms.MentorId == m.Id && (ms.Status == MentorshipStatus.Active || ms.Status == MentorshipStatus.Proposed)),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new MentorCandidate(r.Id, r.FullName, r.Capacity, r.Taken, r.Languages.Select(l => l.Language).ToList(), r.Regions, r.Expertise, r.FormerPosts, r.ConflictMissions)).ToList();
    }
}

public static class MentoringLabels
{
    public static string Exclusion(MatchExclusion exclusion) => exclusion switch
    {
        MatchExclusion.CapacityFull => "capacity full",
        MatchExclusion.SameMissionNow => "serving in the same mission now",
        MatchExclusion.DeclaredConflict => "declared conflict with the mission",
        _ => exclusion.ToString(),
    };

    public static string Fit(PairingFit? fit) => fit switch
    {
        PairingFit.GoodFit => "Good fit",
        PairingFit.NotSure => "Not sure",
        PairingFit.NotAGoodFit => "Not a good fit",
        _ => "Not answered",
    };

    public static string Mode(SessionMode mode) => mode switch
    {
        SessionMode.InPerson => "In person",
        _ => mode.ToString(),
    };
}

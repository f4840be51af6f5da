using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Domain.Audit;

/// <summary>
/// An append-only record of something that matters (a stage move, a role change, a download).
/// Each event carries the hash of the one before it, so editing or deleting any event breaks the chain.
/// </summary>
public sealed class AuditEvent
{
    /// <summary>The "previous hash" of the first event in the chain.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private AuditEvent()
    {
        ActorUserId = Action = EntityType = EntityId = Details = PreviousHash = Hash = string.Empty;
    }

    private AuditEvent(long sequence, DateTime atUtc, string actorUserId, string action, string entityType, string entityId, string details, string previousHash)
    {
        Sequence = sequence;
        AtUtc = atUtc;
        ActorUserId = actorUserId;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Details = details;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    public long Id { get; private set; }

    /// <summary>Position in the chain, from 1; unique.</summary>
    public long Sequence { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string ActorUserId { get; private set; }

    public string Action { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    public string Details { get; private set; }

    public string PreviousHash { get; private set; }

    public string Hash { get; private set; }

    /// <summary>Makes the event that follows <paramref name="previous"/> (or the first one when it is null).</summary>
    public static AuditEvent Append(AuditEvent? previous, DateTime atUtc, string actorUserId, string action, string entityType, string entityId, string details) =>
        new(
            (previous?.Sequence ?? 0) + 1,
            Guard.Utc(atUtc),
            actorUserId,
            Guard.Required(action, "Action", 100),
            Guard.Required(entityType, "Entity type", 100),
            entityId,
            details,
            previous?.Hash ?? GenesisHash);

    /// <summary>
    /// Puts an event that is not saved yet right after <paramref name="previous"/> (the latest saved event, read
    /// while holding the write lock), so that two writers who read the same tail cannot fork the chain.
    /// </summary>
    public void ChainAfter(AuditEvent? previous)
    {
        if (Id != 0)
        {
            throw new DomainRuleException("A saved audit event cannot move in the chain.");
        }

        Sequence = (previous?.Sequence ?? 0) + 1;
        PreviousHash = previous?.Hash ?? GenesisHash;
        Hash = ComputeHash();
    }

    public bool HashMatchesContent() => Hash == ComputeHash();

    private string ComputeHash()
    {
        // Each field is written with its length first, so text can never be shifted from one field to
        // another without changing the hash (a separator character could itself appear in free text).
        var canonical = new StringBuilder();
        foreach (var field in new[]
        {
            Sequence.ToString(CultureInfo.InvariantCulture),
            AtUtc.Ticks.ToString(CultureInfo.InvariantCulture),
            ActorUserId,
            Action,
            EntityType,
            EntityId,
            Details,
            PreviousHash,
        })
        {
            canonical.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append(';');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }
}

/// <summary>The result of checking a chain: intact, or the first event where it breaks.</summary>
public sealed record AuditChainVerification(bool IsIntact, long EventsChecked, long? FirstBrokenSequence, string? Problem);

public static class AuditChain
{
    /// <summary>Checks events in sequence order: each hash matches its content and links to the one before.</summary>
    public static AuditChainVerification Verify(IEnumerable<AuditEvent> eventsInOrder)
    {
        var expectedPrevious = AuditEvent.GenesisHash;
        var expectedSequence = 1L;
        var checkedCount = 0L;
        foreach (var e in eventsInOrder)
        {
            if (e.Sequence != expectedSequence)
            {
                return new(false, checkedCount, expectedSequence, $"Event {expectedSequence} is missing.");
            }

            if (e.PreviousHash != expectedPrevious)
            {
                return new(false, checkedCount, e.Sequence, $"Event {e.Sequence} does not link to the event before it.");
            }

            if (!e.HashMatchesContent())
            {
                return new(false, checkedCount, e.Sequence, $"Event {e.Sequence} was altered after it was recorded.");
            }

            expectedPrevious = e.Hash;
            expectedSequence++;
            checkedCount++;
        }

        return new(true, checkedCount, null, null);
    }
}

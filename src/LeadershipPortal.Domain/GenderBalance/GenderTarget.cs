using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Domain.GenderBalance;

/// <summary>What a gender target covers.</summary>
public enum TargetScope
{
    AllSeniorPosts,
    PositionType,
    Mission,
}

/// <summary>
/// A performance indicator HR sets: the share of women among appointments to senior posts in its scope,
/// to be reached by a deadline (UTC).
/// </summary>
public sealed class GenderTarget
{
    private GenderTarget()
    {
        CreatedByUserId = string.Empty;
    }

    public GenderTarget(TargetScope scope, int? scopeId, int sharePercent, DateTime deadlineUtc, string createdByUserId, DateTime nowUtc)
    {
        if (scope == TargetScope.AllSeniorPosts ? scopeId is not null : scopeId is null)
        {
            throw new DomainRuleException(scope == TargetScope.AllSeniorPosts
                ? "A target for all senior posts names no position type or mission."
                : $"Choose the {(scope == TargetScope.Mission ? "mission" : "position type")} the target covers.");
        }

        Scope = scope;
        ScopeId = scopeId;
        Change(sharePercent, deadlineUtc, nowUtc);
        CreatedByUserId = Guard.Required(createdByUserId, "The author", 450);
        CreatedAtUtc = Guard.Utc(nowUtc);
    }

    public int Id { get; private set; }

    /// <summary>Sets the share sought and the deadline (the scope stays: a target for another scope is another target).</summary>
    public void Change(int sharePercent, DateTime deadlineUtc, DateTime nowUtc)
    {
        if (sharePercent is < 0 or > 100)
        {
            throw new DomainRuleException("The share of women is a percentage from 0 to 100.");
        }

        deadlineUtc = Guard.Utc(deadlineUtc);
        if (deadlineUtc <= Guard.Utc(nowUtc))
        {
            throw new DomainRuleException("The deadline must be in the future.");
        }

        SharePercent = sharePercent;
        DeadlineUtc = deadlineUtc;
    }

    public TargetScope Scope { get; private set; }

    /// <summary>The position type or mission; null for all senior posts.</summary>
    public int? ScopeId { get; private set; }

    /// <summary>The share of women sought among appointments, in percent.</summary>
    public int SharePercent { get; private set; }

    public DateTime DeadlineUtc { get; private set; }

    public string CreatedByUserId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }
}

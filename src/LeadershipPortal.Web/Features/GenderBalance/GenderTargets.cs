using System.Globalization;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.GenderBalance;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Audit;
using LeadershipPortal.Web.Features.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.GenderBalance;

public sealed record TargetInput(TargetScope Scope, int? ScopeId, int? SharePercent, DateOnly? Deadline);

public sealed record TargetRow(int Id, TargetScope Scope, int? ScopeId, Sentence ScopeName, int SharePercent, DateTime DeadlineUtc)
{
    /// <summary>The scope in English (exports, audit).</summary>
    public string ScopeLabel => ScopeName.ToString();
}

/// <summary>HR sets, changes and removes gender targets; each change is audited.</summary>
public sealed class GenderTargets(PortalDbContext db, AuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<TargetRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var targets = await db.GenderTargets.AsNoTracking().OrderBy(t => t.Scope).ThenBy(t => t.DeadlineUtc).ToListAsync(cancellationToken);
        var missions = await db.Missions.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Code, cancellationToken);
        var positions = await db.PositionTypes.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return Rows(targets, missions, positions);
    }

    /// <summary>The missions and position types a target may cover, for the form.</summary>
    public async Task<(IReadOnlyList<Option> Missions, IReadOnlyList<Option> PositionTypes)> ScopesAsync(CancellationToken cancellationToken = default) => (
        await db.Missions.AsNoTracking().OrderBy(m => m.Code).Select(m => new Option(m.Id, m.Code)).ToListAsync(cancellationToken),
        await db.PositionTypes.AsNoTracking().OrderBy(p => p.Id).Select(p => new Option(p.Id, p.Name)).ToListAsync(cancellationToken));

    internal static List<TargetRow> Rows(IEnumerable<GenderTarget> targets, IReadOnlyDictionary<int, string> missions, IReadOnlyDictionary<int, string> positions) =>
        targets.Select(t => new TargetRow(t.Id, t.Scope, t.ScopeId, ScopeLabel(t.Scope, t.ScopeId, missions, positions), t.SharePercent, t.DeadlineUtc)).ToList();

    /// <summary>Sets a target; returns its id, or the reason it was refused.</summary>
    public async Task<(int? Id, string? Error)> CreateAsync(TargetInput input, string hrUserId, CancellationToken cancellationToken = default)
    {
        if (input.SharePercent is null)
        {
            return (null, "Give the share of women sought, from 0 to 100 %.");
        }

        if (input.Deadline is null)
        {
            return (null, "Give the deadline by which the target is to be met.");
        }

        var scopeExists = input.Scope switch
        {
            TargetScope.Mission => await db.Missions.AnyAsync(m => m.Id == input.ScopeId, cancellationToken),
            TargetScope.PositionType => await db.PositionTypes.AnyAsync(p => p.Id == input.ScopeId, cancellationToken),
            _ => true,
        };
        if (!scopeExists)
        {
            return (null, input.Scope == TargetScope.Mission ? "Choose the mission the target covers." : "Choose the position type the target covers.");
        }

        var scopeId = input.Scope == TargetScope.AllSeniorPosts ? null : input.ScopeId;
        if (await db.GenderTargets.AnyAsync(t => t.Scope == input.Scope && t.ScopeId == scopeId, cancellationToken))
        {
            return (null, "There is already a target for this scope; remove it first to set another.");
        }

        try
        {
            var target = new GenderTarget(input.Scope, scopeId, input.SharePercent.Value, input.Deadline.Value.ToDateTime(new TimeOnly(23, 59), DateTimeKind.Utc), hrUserId, time.GetUtcNow().UtcDateTime);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.GenderTargets.Add(target);
            await db.SaveChangesAsync(cancellationToken);
            await audit.AddAsync(hrUserId, "GenderTargetSet", "GenderTarget", target.Id.ToString(CultureInfo.InvariantCulture), $"{target.Scope} {target.ScopeId} {target.SharePercent}% by {target.DeadlineUtc:yyyy-MM-dd}", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (target.Id, null);
        }
        catch (DomainRuleException e)
        {
            return (null, e.Message);
        }
    }

    /// <summary>Changes a target's share and deadline; null error on success, NotFound when there is no such target.</summary>
    public async Task<(bool Found, string? Error)> UpdateAsync(int id, int? sharePercent, DateOnly? deadline, string hrUserId, CancellationToken cancellationToken = default)
    {
        var target = await db.GenderTargets.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (target is null)
        {
            return (false, null);
        }

        if (sharePercent is null)
        {
            return (true, "Give the share of women sought, from 0 to 100 %.");
        }

        if (deadline is null)
        {
            return (true, "Give the deadline by which the target is to be met.");
        }

        try
        {
            var before = $"{target.SharePercent}% by {target.DeadlineUtc:yyyy-MM-dd}";
            target.Change(sharePercent.Value, deadline.Value.ToDateTime(new TimeOnly(23, 59), DateTimeKind.Utc), time.GetUtcNow().UtcDateTime);
            await audit.AddAsync(hrUserId, "GenderTargetChanged", "GenderTarget", id.ToString(CultureInfo.InvariantCulture), $"{target.Scope} {target.ScopeId}: {before} → {target.SharePercent}% by {target.DeadlineUtc:yyyy-MM-dd}", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return (true, null);
        }
        catch (DomainRuleException e)
        {
            return (true, e.Message);
        }
    }

    /// <summary>False when there is no such target.</summary>
    public async Task<bool> DeleteAsync(int id, string hrUserId, CancellationToken cancellationToken = default)
    {
        var target = await db.GenderTargets.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (target is null)
        {
            return false;
        }

        db.GenderTargets.Remove(target);
        await audit.AddAsync(hrUserId, "GenderTargetRemoved", "GenderTarget", id.ToString(CultureInfo.InvariantCulture), $"{target.Scope} {target.ScopeId} {target.SharePercent}%", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    internal static Sentence ScopeLabel(TargetScope scope, int? scopeId, IReadOnlyDictionary<int, string> missions, IReadOnlyDictionary<int, string> positions) => scope switch
    {
        TargetScope.Mission => scopeId is { } m && missions.TryGetValue(m, out var code) ? new Sentence("Mission {0}", new ReferenceName(code)) : "Mission (removed)",
        TargetScope.PositionType => scopeId is { } p && positions.TryGetValue(p, out var name) ? new Sentence(Sentence.ValueOnly, new ReferenceName(name)) : "(removed position type)",
        _ => "All senior posts",
    };
}

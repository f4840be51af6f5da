namespace LeadershipPortal.Web.Data;

/// <summary>
/// The parts of the data that read models are cached by. Each is named after the domain namespace whose entities
/// it covers (<c>LeadershipPortal.Domain.Vacancies</c> → <see cref="Vacancies"/>), plus <see cref="Accounts"/> for the
/// user accounts; entities of other namespaces (audit, dossiers, stored files, keys) are not cached and carry no stamp.
/// </summary>
public enum DataArea
{
    Reference,
    Competencies,
    Vacancies,
    Candidates,
    Applications,
    Assessments,
    Mentoring,
    GenderBalance,

    /// <summary>User accounts (<see cref="Identity.PortalUser"/>): names, gender, roles' people.</summary>
    Accounts,
}

/// <summary>
/// A random value per <see cref="DataArea"/>, replaced in the same transaction as any change to the area
/// (<see cref="PortalDbContext"/>'s SaveChanges). A cached read model remembers the values it was built from and is
/// built again when one differs, so every node sharing the database sees a change at once. The value is random rather
/// than counted: two concurrent writers each leave a value that differs from the one readers cached, and neither has
/// to read it first.
/// </summary>
public sealed class DataStamp
{
    private DataStamp()
    {
    }

    public DataStamp(DataArea area, long value)
    {
        Area = area;
        Value = value;
    }

    public DataArea Area { get; private set; }

    public long Value { get; private set; }

    /// <summary>Marks the area changed: any value other than the one a reader saw will do.</summary>
    public void Renew() => Value = Random.Shared.NextInt64();

    /// <summary>The area whose cached read models a change to an entity of this type makes stale; null when none.</summary>
    public static DataArea? AreaOf(Type entityType) =>
        entityType == typeof(Identity.PortalUser) ? DataArea.Accounts
        : entityType.Namespace is { } ns && ns.StartsWith(DomainNamespace, StringComparison.Ordinal)
            && Enum.TryParse<DataArea>(ns[DomainNamespace.Length..], out var area)
            ? area
            : null;

    private const string DomainNamespace = "LeadershipPortal.Domain.";
}

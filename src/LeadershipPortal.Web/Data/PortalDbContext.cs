using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Assessments;
using LeadershipPortal.Domain.Audit;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Competencies;
using LeadershipPortal.Domain.GenderBalance;
using LeadershipPortal.Domain.Dossiers;
using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.Domain.Reference;
using LeadershipPortal.Domain.Vacancies;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LeadershipPortal.Web.Data;

/// <summary>
/// The one database of the portal, ASP.NET Core Identity included. This type carries the SQLite migrations
/// (<c>Data/Migrations</c>); <see cref="PostgreSqlPortalDbContext"/> carries PostgreSQL's own set.
/// </summary>
public class PortalDbContext : IdentityDbContext<PortalUser>, IDataProtectionKeyContext
{
    private const string VersionProperty = "Version";

    public PortalDbContext(DbContextOptions<PortalDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's own context type (its own migrations), which passes its own options.</summary>
    protected PortalDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<MemberState> MemberStates => Set<MemberState>();

    public DbSet<Mission> Missions => Set<Mission>();

    public DbSet<PositionType> PositionTypes => Set<PositionType>();

    public DbSet<CompetencyFramework> CompetencyFrameworks => Set<CompetencyFramework>();

    public DbSet<Competency> Competencies => Set<Competency>();

    public DbSet<Vacancy> Vacancies => Set<Vacancy>();

    public DbSet<CandidateProfile> Candidates => Set<CandidateProfile>();

    public DbSet<CandidateDocument> CandidateDocuments => Set<CandidateDocument>();

    public DbSet<CandidateApplication> Applications => Set<CandidateApplication>();

    public DbSet<StageChange> StageChanges => Set<StageChange>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<CompetencyRating> Ratings => Set<CompetencyRating>();

    public DbSet<ConsensusNote> ConsensusNotes => Set<ConsensusNote>();

    public DbSet<MentorProfile> Mentors => Set<MentorProfile>();

    public DbSet<MenteeProfile> Mentees => Set<MenteeProfile>();

    public DbSet<Mentorship> Mentorships => Set<Mentorship>();

    public DbSet<MentoringSession> MentoringSessions => Set<MentoringSession>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<GenderTarget> GenderTargets => Set<GenderTarget>();
    /// <summary>The Data Protection key ring, so that cookies and tokens survive a restart and are shared by every node.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<DossierRequest> DossierRequests => Set<DossierRequest>();

    /// <summary>File contents kept in the database (dossiers, documents) when a store is set to <c>Database</c>.</summary>
    public DbSet<StoredBlob> StoredBlobs => Set<StoredBlob>();

    /// <summary>One value per area of the data, renewed by every change to it; cached read models are keyed by them.</summary>
    public DbSet<DataStamp> DataStamps => Set<DataStamp>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        RenewStamps();
        if (!AddsAuditEvents)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        if (Database.CurrentTransaction is not null)
        {
            RechainAuditEvents(LastSavedAuditEvent().FirstOrDefault());
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        return Database.CreateExecutionStrategy().Execute(() =>
        {
            using var transaction = Database.BeginTransaction();
            RechainAuditEvents(LastSavedAuditEvent().FirstOrDefault());
            var saved = base.SaveChanges(acceptAllChangesOnSuccess: false);
            transaction.Commit();
            AcceptIf(acceptAllChangesOnSuccess);
            return saved;
        });
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        RenewStamps();
        if (!AddsAuditEvents)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            RechainAuditEvents(await LastSavedAuditEvent().FirstOrDefaultAsync(cancellationToken));
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // The transaction takes the write lock first (BEGIN IMMEDIATE on SQLite); the chain's tail read inside it
        // cannot change before the commit. The whole unit is retried when the database was busy.
        return await Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await Database.BeginTransactionAsync(token);
            RechainAuditEvents(await LastSavedAuditEvent().FirstOrDefaultAsync(token));
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, token);
            await transaction.CommitAsync(token);
            AcceptIf(acceptAllChangesOnSuccess);
            return saved;
        }, cancellationToken);
    }

    private bool AddsAuditEvents => ChangeTracker.Entries<AuditEvent>().Any(e => e.State == EntityState.Added);

    private IQueryable<AuditEvent> LastSavedAuditEvent() => AuditEvents.AsNoTracking().OrderByDescending(e => e.Sequence).Take(1);

    /// <summary>
    /// Chains the audit events of this unit of work after the latest saved one, in the order they were added.
    /// Callers added them after a tail they read earlier; another writer may have appended since.
    /// </summary>
    private void RechainAuditEvents(AuditEvent? previous)
    {
        foreach (var added in ChangeTracker.Entries<AuditEvent>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).OrderBy(e => e.Sequence).ToList())
        {
            added.ChainAfter(previous);
            previous = added;
        }
    }

    private void AcceptIf(bool acceptAllChangesOnSuccess)
    {
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }
    }

    /// <summary>
    /// Entities with a Version concurrency token get it raised whenever they or their owned rows change, so the
    /// UPDATE only succeeds against the version that was read (optimistic concurrency).
    /// </summary>
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries().Where(e => e.State == EntityState.Modified && e.Metadata.FindProperty(VersionProperty) is not null))
        {
            var version = entry.Property(VersionProperty);
            version.CurrentValue = (int)version.OriginalValue! + 1;
        }
    }

    /// <summary>
    /// Renews the stamp of every area this unit of work changes, in the same transaction (see <see cref="DataStamp"/>).
    /// Owned rows count for their owner's area. Stamps are attached without being read: an UPDATE by key.
    /// </summary>
    private void RenewStamps()
    {
        var areas = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => DataStamp.AreaOf(RootOf(e.Metadata).ClrType))
            .Where(area => area is not null)
            .Select(area => area!.Value)
            .Distinct()
            .Order();
        foreach (var area in areas.ToList())
        {
            var tracked = ChangeTracker.Entries<DataStamp>().FirstOrDefault(e => e.Entity.Area == area);
            var stamp = tracked ?? Attach(new DataStamp(area, 0));
            stamp.Entity.Renew();
            stamp.Property(s => s.Value).IsModified = true;
        }
    }

    private static IReadOnlyEntityType RootOf(IReadOnlyEntityType type)
    {
        while (type.FindOwnership() is { } ownership)
        {
            type = ownership.PrincipalEntityType;
        }

        return type;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: the database stays readable and reordering an enum cannot corrupt data.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}

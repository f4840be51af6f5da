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

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
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

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: the database stays readable and reordering an enum cannot corrupt data.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}

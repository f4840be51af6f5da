using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeadershipPortal.Web.Data.Configurations;

internal sealed class CandidateApplicationConfiguration : IEntityTypeConfiguration<CandidateApplication>
{
    public void Configure(EntityTypeBuilder<CandidateApplication> builder)
    {
        builder.ToTable("Applications");
        builder.Property(a => a.CandidateCode).HasMaxLength(12);
        builder.Property(a => a.Statement).HasMaxLength(8000);
        builder.Property(a => a.Feedback).HasMaxLength(4000);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.VacancyId, a.CandidateId }).IsUnique();
        builder.HasIndex(a => new { a.VacancyId, a.CandidateCode }).IsUnique();
        builder.HasIndex(a => new { a.VacancyId, a.Stage });
        builder.HasIndex(a => a.CandidateId);
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(a => a.VacancyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CandidateProfile>().WithMany().HasForeignKey(a => a.CandidateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.History).WithOne().HasForeignKey(h => h.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.CompetencyStatements).WithOne().HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.CompetencyStatements).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CompetencyStatementConfiguration : IEntityTypeConfiguration<CompetencyStatement>
{
    public void Configure(EntityTypeBuilder<CompetencyStatement> builder)
    {
        builder.Property(s => s.Text).HasMaxLength(4000);
        builder.HasIndex(s => new { s.ApplicationId, s.CompetencyId }).IsUnique();
        builder.HasOne<Domain.Competencies.Competency>().WithMany().HasForeignKey(s => s.CompetencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StageChangeConfiguration : IEntityTypeConfiguration<StageChange>
{
    public void Configure(EntityTypeBuilder<StageChange> builder)
    {
        builder.Property(s => s.ByUserId).HasMaxLength(450);
        builder.Property(s => s.Justification).HasMaxLength(2000);
        builder.HasIndex(s => new { s.ApplicationId, s.AtUtc });
    }
}

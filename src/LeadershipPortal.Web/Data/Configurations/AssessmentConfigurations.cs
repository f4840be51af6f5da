using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Assessments;
using LeadershipPortal.Domain.Competencies;
using LeadershipPortal.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeadershipPortal.Web.Data.Configurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.Property(a => a.RecusalReason).HasMaxLength(1000);
        builder.Property(a => a.ContinueDespiteFlagReason).HasMaxLength(1000);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.ApplicationId, a.AssessorId, a.Stage }).IsUnique();
        builder.HasIndex(a => a.AssessorId);

        // Covering for the assessments that count toward a ranking (its cache stamp reads only this index) and for
        // the recusal check of the assessor queue.
        builder.HasIndex(a => new { a.ApplicationId, a.Conflict, a.SubmittedAtUtc, a.Stage, a.AssessorId });
        builder.HasOne<CandidateApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.AssessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Ratings).WithOne().HasForeignKey(r => r.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Ratings).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(a => a.IsSubmitted);
        builder.Ignore(a => a.CountsTowardScores);
    }
}

internal sealed class CompetencyRatingConfiguration : IEntityTypeConfiguration<CompetencyRating>
{
    public void Configure(EntityTypeBuilder<CompetencyRating> builder)
    {
        builder.ToTable("Ratings");
        builder.Property(r => r.Evidence).HasMaxLength(4000);
        builder.HasIndex(r => new { r.AssessmentId, r.CompetencyId }).IsUnique();
        builder.HasOne<Competency>().WithMany().HasForeignKey(r => r.CompetencyId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_Ratings_Rating", "\"Rating\" BETWEEN 1 AND 5"));
    }
}

internal sealed class ConsensusNoteConfiguration : IEntityTypeConfiguration<ConsensusNote>
{
    public void Configure(EntityTypeBuilder<ConsensusNote> builder)
    {
        builder.Property(n => n.Note).HasMaxLength(2000);
        builder.Property(n => n.ByUserId).HasMaxLength(450);
        builder.HasIndex(n => new { n.ApplicationId, n.Stage, n.CompetencyId }).IsUnique();
        builder.HasOne<CandidateApplication>().WithMany().HasForeignKey(n => n.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Competency>().WithMany().HasForeignKey(n => n.CompetencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Reference;
using LeadershipPortal.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeadershipPortal.Web.Data.Configurations;

internal sealed class CandidateProfileConfiguration : IEntityTypeConfiguration<CandidateProfile>
{
    public void Configure(EntityTypeBuilder<CandidateProfile> builder)
    {
        builder.ToTable("Candidates");
        builder.Property(c => c.FullName).HasMaxLength(200);
        builder.Property(c => c.CurrentPost).HasMaxLength(200);
        builder.Property(c => c.Education).HasMaxLength(500);
        builder.HasIndex(c => c.UserId).IsUnique();

        // Erasing an account keeps the anonymised profile for statistics; the link to the account goes.
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.UserId).IsRequired(false).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<MemberState>().WithMany().HasForeignKey(c => c.NationalityId).OnDelete(DeleteBehavior.Restrict);
        builder.PrimitiveCollection(c => c.Regions).StoredAsNames();
        builder.PrimitiveCollection(c => c.MandateAreas).StoredAsNames();
        builder.OwnsMany(c => c.Languages, l => l.ToJson());
        builder.OwnsMany(c => c.FieldMissions, m => m.ToJson());
        builder.OwnsOne(c => c.Nomination, n =>
        {
            n.Property(x => x.Authority).HasMaxLength(200);
            n.HasOne<MemberState>().WithMany().HasForeignKey(x => x.NominatingStateId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

internal sealed class CandidateDocumentConfiguration : IEntityTypeConfiguration<CandidateDocument>
{
    public void Configure(EntityTypeBuilder<CandidateDocument> builder)
    {
        builder.ToTable("CandidateDocuments");
        builder.Property(d => d.OriginalFileName).HasMaxLength(130);
        builder.Property(d => d.StoredName).HasMaxLength(100);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.HasIndex(d => new { d.CandidateId, d.Kind }).IsUnique();
        builder.HasIndex(d => d.StoredName).IsUnique();
        builder.HasOne<CandidateProfile>().WithMany().HasForeignKey(d => d.CandidateId).OnDelete(DeleteBehavior.Cascade);
    }
}

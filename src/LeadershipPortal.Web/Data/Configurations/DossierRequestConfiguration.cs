using LeadershipPortal.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeadershipPortal.Web.Data.Configurations;

internal sealed class DossierRequestConfiguration : IEntityTypeConfiguration<DossierRequest>
{
    public void Configure(EntityTypeBuilder<DossierRequest> builder)
    {
        builder.ToTable("DossierRequests");
        builder.Property(d => d.FailureReason).HasMaxLength(DossierRequest.MaxFailureReasonLength);
        builder.Property(d => d.FileKey).HasMaxLength(200);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.Language).HasMaxLength(10);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => d.Sha256);
        builder.HasIndex(d => d.Status);
        builder.HasIndex(d => new { d.Kind, d.TargetId });
        builder.Property(d => d.RequestedByUserId).HasMaxLength(450);

        // No foreign keys: a request (and the proof of what was issued) outlives an erased application or account.
    }
}

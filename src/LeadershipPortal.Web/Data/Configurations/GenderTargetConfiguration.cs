using LeadershipPortal.Domain.GenderBalance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeadershipPortal.Web.Data.Configurations;

internal sealed class GenderTargetConfiguration : IEntityTypeConfiguration<GenderTarget>
{
    public void Configure(EntityTypeBuilder<GenderTarget> builder)
    {
        builder.ToTable("GenderTargets");
        builder.Property(t => t.CreatedByUserId).HasMaxLength(450);

        // ScopeId points at a position type or a mission depending on Scope, so it has no foreign key;
        // the service checks it exists when a target is set.
        builder.HasIndex(t => new { t.Scope, t.ScopeId });
    }
}

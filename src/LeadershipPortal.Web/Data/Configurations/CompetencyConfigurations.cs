using LeadershipPortal.Domain.Competencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeadershipPortal.Web.Data.Configurations;

internal sealed class CompetencyFrameworkConfiguration : IEntityTypeConfiguration<CompetencyFramework>
{
    public void Configure(EntityTypeBuilder<CompetencyFramework> builder)
    {
        builder.Property(f => f.Code).HasMaxLength(20);
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.Property(f => f.Description).HasMaxLength(2000);
        builder.HasIndex(f => new { f.Code, f.Version }).IsUnique();
        builder.HasMany(f => f.Competencies).WithOne().HasForeignKey(c => c.FrameworkId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Competencies).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CompetencyConfiguration : IEntityTypeConfiguration<Competency>
{
    public void Configure(EntityTypeBuilder<Competency> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(20);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Description).HasMaxLength(2000);
        builder.PrimitiveCollection(c => c.Indicators);
        builder.PrimitiveCollection(c => c.LevelDescriptors);
        builder.HasIndex(c => new { c.FrameworkId, c.Code }).IsUnique();
    }
}

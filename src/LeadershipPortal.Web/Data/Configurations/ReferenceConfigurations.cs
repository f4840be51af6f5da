using LeadershipPortal.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeadershipPortal.Web.Data.Configurations;

internal sealed class MemberStateConfiguration : IEntityTypeConfiguration<MemberState>
{
    public void Configure(EntityTypeBuilder<MemberState> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.IsoCode).HasMaxLength(3);
        builder.HasIndex(s => s.Name).IsUnique();
        builder.HasIndex(s => s.IsoCode).IsUnique();
    }
}

internal sealed class MissionConfiguration : IEntityTypeConfiguration<Mission>
{
    public void Configure(EntityTypeBuilder<Mission> builder)
    {
        builder.Property(m => m.Code).HasMaxLength(20);
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.HostCountry).HasMaxLength(100);
        builder.PrimitiveCollection(m => m.MandateAreas).StoredAsNames();
        builder.HasIndex(m => m.Code).IsUnique();
    }
}

internal sealed class PositionTypeConfiguration : IEntityTypeConfiguration<PositionType>
{
    public void Configure(EntityTypeBuilder<PositionType> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(10);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.PrimitiveCollection(p => p.Grades).StoredAsNames();
        builder.HasIndex(p => p.Code).IsUnique();
    }
}

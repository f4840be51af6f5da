using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeadershipPortal.Web.Data.Configurations;

internal sealed class StoredBlobConfiguration : IEntityTypeConfiguration<StoredBlob>
{
    public void Configure(EntityTypeBuilder<StoredBlob> builder)
    {
        builder.ToTable("StoredBlobs");
        builder.HasKey(b => b.Key);
        builder.Property(b => b.Key).HasMaxLength(StoredBlob.MaxKeyLength);
        builder.Property(b => b.Content).IsRequired();
    }
}

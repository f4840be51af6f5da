using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeadershipPortal.Web.Data.Configurations;

internal sealed class DataStampConfiguration : IEntityTypeConfiguration<DataStamp>
{
    public void Configure(EntityTypeBuilder<DataStamp> builder)
    {
        builder.ToTable("DataStamps");
        builder.HasKey(s => s.Area);

        // One row per area from the start, so a change only ever updates its row (no insert race between nodes).
        builder.HasData(Enum.GetValues<DataArea>().Select(area => new DataStamp(area, 0)));
    }
}

using LeadershipPortal.Domain.Reference;
using LeadershipPortal.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeadershipPortal.Web.Data.Configurations;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.PreferredLanguage).HasMaxLength(10).HasDefaultValue("en");
        builder.HasOne<MemberState>().WithMany().HasForeignKey(u => u.NationalityId).OnDelete(DeleteBehavior.Restrict);
    }
}

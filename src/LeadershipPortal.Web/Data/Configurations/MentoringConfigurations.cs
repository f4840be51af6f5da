using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.Domain.Reference;
using LeadershipPortal.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeadershipPortal.Web.Data.Configurations;

internal sealed class MentorProfileConfiguration : IEntityTypeConfiguration<MentorProfile>
{
    public void Configure(EntityTypeBuilder<MentorProfile> builder)
    {
        builder.ToTable("Mentors");
        builder.Property(m => m.FullName).HasMaxLength(200);
        builder.Property(m => m.Bio).HasMaxLength(2000);
        builder.Property(m => m.Availability).HasMaxLength(500);
        builder.HasIndex(m => m.UserId).IsUnique();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.PrimitiveCollection(m => m.Expertise).StoredAsNames();
        builder.PrimitiveCollection(m => m.Regions).StoredAsNames();
        builder.OwnsMany(m => m.Languages, l => l.ToJson());
        builder.OwnsMany(m => m.FormerPosts, p =>
        {
            p.ToJson();
            p.Ignore(x => x.IsCurrent);
        });
        builder.PrimitiveCollection(m => m.ConflictMissions);
    }
}

internal sealed class MenteeProfileConfiguration : IEntityTypeConfiguration<MenteeProfile>
{
    public void Configure(EntityTypeBuilder<MenteeProfile> builder)
    {
        builder.ToTable("Mentees");
        builder.Property(m => m.FullName).HasMaxLength(200);
        builder.HasIndex(m => m.UserId).IsUnique();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Mission>().WithMany().HasForeignKey(m => m.MissionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PositionType>().WithMany().HasForeignKey(m => m.PositionTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.PrimitiveCollection(m => m.DevelopmentGoals);
        builder.PrimitiveCollection(m => m.Regions).StoredAsNames();
        builder.OwnsMany(m => m.Languages, l => l.ToJson());
    }
}

internal sealed class MentorshipConfiguration : IEntityTypeConfiguration<Mentorship>
{
    public void Configure(EntityTypeBuilder<Mentorship> builder)
    {
        builder.Property(m => m.EndReason).HasMaxLength(1000);
        builder.PrimitiveCollection(m => m.Goals);
        builder.HasIndex(m => new { m.MentorId, m.Status });
        builder.HasIndex(m => new { m.MenteeId, m.Status });
        builder.HasOne<MentorProfile>().WithMany().HasForeignKey(m => m.MentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MenteeProfile>().WithMany().HasForeignKey(m => m.MenteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Sessions).WithOne().HasForeignKey(s => s.MentorshipId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Sessions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(m => m.IsActive);
        builder.Ignore(m => m.IsFlaggedForHr);
    }
}

internal sealed class MentoringSessionConfiguration : IEntityTypeConfiguration<MentoringSession>
{
    public void Configure(EntityTypeBuilder<MentoringSession> builder)
    {
        builder.ToTable("MentoringSessions");
        builder.Property(s => s.SharedSummary).HasMaxLength(4000);
        builder.Property(s => s.PrivateNotes).HasMaxLength(4000);
        builder.PrimitiveCollection(s => s.Topics);
        builder.PrimitiveCollection(s => s.LinkedGoals);
        builder.Property(s => s.MenteeComment).HasMaxLength(1000);
        builder.Property(s => s.AuthorUserId).HasMaxLength(450);
        builder.Ignore(s => s.EditableUntilUtc);
        // Covering: the programme dashboard counts, sums and dates each pair's sessions from the index alone, without
        // reading the rows (which carry summaries and notes).
        builder.HasIndex(s => new { s.MentorshipId, s.HeldAtUtc, s.DurationMinutes, s.MenteeRating });
        builder.HasMany(s => s.ActionItems).WithOne().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.ActionItems).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder) => builder.Property(a => a.Text).HasMaxLength(500);
}

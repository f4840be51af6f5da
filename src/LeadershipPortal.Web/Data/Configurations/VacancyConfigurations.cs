using LeadershipPortal.Domain.Competencies;
using LeadershipPortal.Domain.Reference;
using LeadershipPortal.Domain.Vacancies;
using LeadershipPortal.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeadershipPortal.Web.Data.Configurations;

internal sealed class VacancyConfiguration : IEntityTypeConfiguration<Vacancy>
{
    public void Configure(EntityTypeBuilder<Vacancy> builder)
    {
        builder.Property(v => v.Key).HasMaxLength(40);
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.HasIndex(v => v.Key).IsUnique();
        builder.HasIndex(v => new { v.Status, v.ClosesAtUtc });
        builder.HasOne<Mission>().WithMany().HasForeignKey(v => v.MissionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PositionType>().WithMany().HasForeignKey(v => v.PositionTypeId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsOne(v => v.Needs, needs =>
        {
            needs.PrimitiveCollection(n => n.RequiredLanguages);
            needs.PrimitiveCollection(n => n.DesiredLanguages);
            needs.PrimitiveCollection(n => n.Regions).StoredAsNames();
            needs.PrimitiveCollection(n => n.MandateAreas).StoredAsNames();
            needs.Property(n => n.Summary).HasMaxLength(2000);
        });
        builder.Navigation(v => v.Needs).IsRequired();

        builder.HasMany(v => v.Competencies).WithOne().HasForeignKey(c => c.VacancyId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Competencies).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(v => v.Panel).WithOne().HasForeignKey(p => p.VacancyId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Panel).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class VacancyCompetencyConfiguration : IEntityTypeConfiguration<VacancyCompetency>
{
    public void Configure(EntityTypeBuilder<VacancyCompetency> builder)
    {
        builder.HasKey(c => new { c.VacancyId, c.CompetencyId });
        builder.HasOne<Competency>().WithMany().HasForeignKey(c => c.CompetencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PanelMemberConfiguration : IEntityTypeConfiguration<PanelMember>
{
    public void Configure(EntityTypeBuilder<PanelMember> builder)
    {
        builder.HasKey(p => new { p.VacancyId, p.AssessorId });
        builder.HasIndex(p => p.AssessorId);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(p => p.AssessorId).OnDelete(DeleteBehavior.Cascade);
    }
}

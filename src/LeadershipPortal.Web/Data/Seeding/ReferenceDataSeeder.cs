using LeadershipPortal.Domain.Competencies;
using LeadershipPortal.Domain.Reference;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Data.Seeding;

/// <summary>
/// Member States, missions, position types and the competency framework: needed in every environment.
/// Inserts what is missing by natural key and never changes what is there.
/// </summary>
public sealed class ReferenceDataSeeder(PortalDbContext db)
{
    public async Task SeedAsync(SeedFiles files, CancellationToken cancellationToken = default)
    {
        var states = await db.MemberStates.Select(s => s.Name).ToHashSetAsync(cancellationToken);
        db.MemberStates.AddRange(files.MemberStates()
            .Where(s => !states.Contains(s.Name))
            .Select(s => new MemberState(s.Name, s.IsoCode, s.Region)));

        var missions = await db.Missions.Select(m => m.Code).ToHashSetAsync(cancellationToken);
        db.Missions.AddRange(files.Missions()
            .Where(m => !missions.Contains(m.Code))
            .Select(m => new Mission(m.Code, m.Name, m.HostCountry, m.Region, m.MandateAreas)));

        var positions = await db.PositionTypes.Select(p => p.Code).ToHashSetAsync(cancellationToken);
        db.PositionTypes.AddRange(files.PositionTypes()
            .Where(p => !positions.Contains(p.Code))
            .Select(p => new PositionType(p.Code, p.Name, p.Category, p.Grades)));

        var seed = files.Framework();
        if (!await db.CompetencyFrameworks.AnyAsync(f => f.Code == seed.Code && f.Version == seed.Version, cancellationToken))
        {
            var framework = new CompetencyFramework(seed.Code, seed.Name, seed.Version, seed.Description ?? string.Empty);
            foreach (var c in seed.Competencies)
            {
                var levels = Enumerable.Range(RatingScale.Minimum, RatingScale.Maximum)
                    .Select(level => c.Levels.TryGetValue(level.ToString(System.Globalization.CultureInfo.InvariantCulture), out var text)
                        ? text
                        : throw new InvalidDataException($"Competency {c.Code} has no descriptor for level {level}."));
                framework.AddCompetency(c.Code, c.Name, c.Description ?? string.Empty, c.Indicators, levels);
            }

            db.CompetencyFrameworks.Add(framework);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LeadershipPortal.Web.Data;

/// <summary>
/// The portal's database on PostgreSQL (<c>Database:Provider</c> = <c>PostgreSql</c>). The same model as
/// <see cref="PortalDbContext"/>; its own type only so that it carries its own migrations
/// (<c>Data/Migrations/PostgreSql</c>), as EF Core's "Migrations with multiple providers" describes.
/// </summary>
public sealed class PostgreSqlPortalDbContext(DbContextOptions<PostgreSqlPortalDbContext> options) : PortalDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // Every DateTime of the portal is UTC; PostgreSQL's timestamptz accepts only Kind=Utc, so values that reach
        // the database unmarked (parsed from a form) are marked UTC on the way in, and come back marked UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}

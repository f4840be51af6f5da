using LeadershipPortal.ScaleOutTests.Infrastructure;
using LeadershipPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.ScaleOutTests;

public sealed class PostgreSqlMigrationsTests
{
    [PostgreSqlFact]
    public async Task PostgreSql_migrations_build_an_empty_database_up_to_the_model()
    {
        await using var database = await TestPostgreSql.CreateDatabaseAsync();
        await using (var db = Context(database))
        {
            await db.Database.MigrateAsync();

            Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges(),
                "Add a PostgreSQL migration: dotnet ef migrations add <Name> --context PostgreSqlPortalDbContext --project src/LeadershipPortal.Web -- --Database:Provider PostgreSql --ConnectionStrings:Portal Host=localhost");
        }

        Assert.Equal(1, await database.ScalarAsync("SELECT count(*) FROM information_schema.tables WHERE table_name = 'StoredBlobs'"));
    }

    [PostgreSqlFact]
    public async Task A_DateTime_parsed_without_a_kind_is_stored_and_read_back_as_the_same_UTC_instant()
    {
        await using var database = await TestPostgreSql.CreateDatabaseAsync();
        var unmarked = new DateTime(2026, 3, 14, 9, 26, 53, DateTimeKind.Unspecified);
        await using (var db = Context(database))
        {
            await db.Database.MigrateAsync();
            db.StoredBlobs.Add(new StoredBlob("test/kind", [1, 2, 3], unmarked));
            await db.SaveChangesAsync();
        }

        await using (var db = Context(database))
        {
            var stored = await db.StoredBlobs.SingleAsync(b => b.Key == "test/kind");
            Assert.Equal(DateTimeKind.Utc, stored.StoredAtUtc.Kind);
            Assert.Equal(unmarked.Ticks, stored.StoredAtUtc.Ticks);
            Assert.Equal(3, stored.SizeBytes);
        }

        // The server holds the instant as UTC: read back in UTC it is the same wall-clock time.
        Assert.Equal(9, await database.ScalarAsync("SELECT extract(hour FROM \"StoredAtUtc\" AT TIME ZONE 'UTC')::bigint FROM \"StoredBlobs\""));
    }

    private static PostgreSqlPortalDbContext Context(TestDatabase database) =>
        new(new DbContextOptionsBuilder<PostgreSqlPortalDbContext>().UseNpgsql(database.ConnectionString).Options);
}

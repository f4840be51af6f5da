using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace LeadershipPortal.IntegrationTests.Security;

[Collection(PortalCollection.Name)]
public sealed class BackupTests(PortalFactory factory)
{
    [Fact]
    public async Task The_backup_command_copies_the_running_database_and_the_copy_has_everything()
    {
        var folder = Directory.CreateTempSubdirectory("portal-backup-");
        try
        {
            var target = Path.Combine(folder.FullName, "portal-backup.db");
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = factory.ConnectionString }).Build();

            // The app is running (the shared host holds the database open) while the copy is made.
            Assert.Equal(System.Net.HttpStatusCode.OK, (await factory.CreatePortalClient().GetAsync("/Vacancies")).StatusCode);
            await DatabaseBackup.RunAsync(configuration, folder.FullName, target);

            var live = await Arrange.QueryAsync(factory, CountsAsync);
            await using (var copy = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={target};Pooling=False").Options))
            {
                Assert.Equal(live, await CountsAsync(copy));
                Assert.Equal("ok", await copy.Database.SqlQueryRaw<string>("SELECT integrity_check AS Value FROM pragma_integrity_check").ToListAsync() is [var result] ? result : "several answers");
            }

            Assert.True(live.Users > 50 && live.Applications > 0 && live.AuditEvents > 0, $"The seeded database looks empty: {live}.");
            await Assert.ThrowsAsync<IOException>(() => DatabaseBackup.BackupAsync(factory.ConnectionString, target));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<Counts> CountsAsync(PortalDbContext db) => new(
        await db.Users.CountAsync(),
        await db.UserRoles.CountAsync(),
        await db.Vacancies.CountAsync(),
        await db.Candidates.CountAsync(),
        await db.Applications.CountAsync(),
        await db.Assessments.CountAsync(),
        await db.Ratings.CountAsync(),
        await db.Mentorships.CountAsync(),
        await db.AuditEvents.CountAsync(),
        await db.DataProtectionKeys.CountAsync());

    private sealed record Counts(int Users, int UserRoles, int Vacancies, int Candidates, int Applications, int Assessments, int Ratings, int Mentorships, int AuditEvents, int DataProtectionKeys);
}

using System.Security.Cryptography;
using System.Text;
using LeadershipPortal.Web.Data.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;

namespace LeadershipPortal.IntegrationTests.Performance;

/// <summary>The large-data seeder is deterministic: the same seed gives the same rows, another seed other rows, and the rows keep the domain's rules.</summary>
public sealed class LargeDataSeederTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("large-seed-").FullName;

    [Fact]
    public async Task The_same_seed_gives_the_same_rows_and_another_seed_other_rows()
    {
        var first = await SeedAsync(7, "a.db");
        var second = await SeedAsync(7, "b.db");
        var other = await SeedAsync(8, "c.db");

        Assert.Equal(first.Summary with { Elapsed = default }, second.Summary with { Elapsed = default });
        Assert.Equal(first.Hash, second.Hash);
        Assert.NotEqual(first.Hash, other.Hash);
        Assert.Equal(100, first.Summary.Candidates);
        Assert.Equal(300, first.Summary.Applications);
        Assert.True(first.Summary.Ratings > first.Summary.Applications, $"{first.Summary.Ratings} ratings for {first.Summary.Applications} applications.");
        Assert.Equal(first.Summary.Candidates, first.Summary.BigVacancyApplicants);
    }

    [Fact]
    public async Task Seeded_rows_keep_the_domain_rules()
    {
        var (summary, _) = await SeedAsync(11, "rules.db");
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, "rules.db")};Pooling=False");
        await connection.OpenAsync();

        // Every assessor of an application sits on that vacancy's panel; ratings stay on the scale; histories start with a submission.
        Assert.Equal(0L, await ScalarAsync(connection, """
            SELECT COUNT(*) FROM Assessments s JOIN Applications a ON a.Id = s.ApplicationId
            WHERE NOT EXISTS (SELECT 1 FROM PanelMember p WHERE p.VacancyId = a.VacancyId AND p.AssessorId = s.AssessorId)
            """));
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM Ratings WHERE Rating NOT BETWEEN 1 AND 5"));
        Assert.Equal(0L, await ScalarAsync(connection, """
            SELECT COUNT(*) FROM Applications a WHERE a.Stage <> 'Draft'
            AND (SELECT h."To" FROM StageChanges h WHERE h.ApplicationId = a.Id ORDER BY h.AtUtc, h.Id LIMIT 1) <> 'Submitted'
            """));
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM Ratings r JOIN Assessments s ON s.Id = r.AssessmentId WHERE s.Conflict <> 'NoConflict'"));
        Assert.Equal(summary.BigVacancyApplicants, await ScalarAsync(connection, $"SELECT COUNT(*) FROM Applications WHERE VacancyId = {summary.BigVacancyId}"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<(LargeSeedSummary Summary, string Hash)> SeedAsync(int seed, string file)
    {
        var path = Path.Combine(_directory, file);
        var summary = await LargeDataSeeder.RunAsync(WebApplication.CreateBuilder(), new LargeSeedOptions(seed, 0.01, path));
        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        var text = new StringBuilder();
        foreach (var sql in new[]
        {
            "SELECT Id, VacancyId, CandidateId, Stage, CandidateCode, SubmittedAtUtc FROM Applications ORDER BY Id",
            "SELECT Id, AssessmentId, CompetencyId, Rating FROM Ratings ORDER BY Id",
            "SELECT Id, ApplicationId, AssessorId, Stage, Conflict FROM Assessments ORDER BY Id",
            "SELECT Id, MentorshipId, HeldAtUtc, DurationMinutes FROM MentoringSessions ORDER BY Id",
            "SELECT Id, UserId, Gender, NationalityId FROM Candidates ORDER BY Id",
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "∅" : reader.GetValue(i)).Append('|');
                }

                text.Append('\n');
            }
        }

        return (summary, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))));
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

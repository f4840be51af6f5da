using Npgsql;

namespace LeadershipPortal.ScaleOutTests.Infrastructure;

/// <summary>
/// The PostgreSQL server the scale-out tests use, from <c>PORTAL_TEST_POSTGRES</c>: an Npgsql connection string for a
/// role that may create databases (e.g. <c>Host=127.0.0.1;Username=portal_test;Password=...</c>). Each test makes its
/// own fresh database and drops it afterwards. On CI (<c>CI=true</c>) a missing setting fails the tests; elsewhere
/// it skips them with how to enable them.
/// </summary>
public static class TestPostgreSql
{
    public const string Variable = "PORTAL_TEST_POSTGRES";

    public const string EnableHint =
        $"Set {Variable} to an Npgsql connection string of a role with CREATEDB, e.g. " +
        $"{Variable}='Host=127.0.0.1;Username=portal_test;Password=portal_test' (.ci/run installs PostgreSQL and sets it; see README, Scale-out).";

    public static string? BaseConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string MissingMessage => $"No PostgreSQL server is configured for the scale-out tests. {EnableHint}";

    /// <summary>Creates an empty database with a unique name and returns it; dispose it to drop it.</summary>
    public static async Task<TestDatabase> CreateDatabaseAsync()
    {
        var baseConnectionString = BaseConnectionString ?? throw new InvalidOperationException(MissingMessage);
        var name = "portal_test_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteOnServerAsync(baseConnectionString, $"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(baseConnectionString) { Database = name }.ConnectionString;
        return new TestDatabase(name, connectionString, baseConnectionString);
    }

    internal static async Task ExecuteOnServerAsync(string baseConnectionString, string sql)
    {
        var admin = new NpgsqlConnectionStringBuilder(baseConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>One fresh database of a test run, dropped (connections closed by force) when disposed.</summary>
public sealed class TestDatabase(string name, string connectionString, string baseConnectionString) : IAsyncDisposable
{
    public string Name { get; } = name;

    public string ConnectionString { get; } = connectionString;

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await TestPostgreSql.ExecuteOnServerAsync(baseConnectionString, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }
}

/// <summary>A fact that needs PostgreSQL: skipped, with how to enable it, when none is configured outside CI; on CI it runs and fails.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (TestPostgreSql.BaseConnectionString is null && !TestPostgreSql.IsCi)
        {
            Skip = $"Scale-out test skipped: {TestPostgreSql.MissingMessage}";
        }
    }
}

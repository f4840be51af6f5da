using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LeadershipPortal.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace LeadershipPortal.IntegrationTests.Security;

/// <summary>
/// A hash of every row of every table, per table, so a test can prove a refused request changed nothing
/// (and say which table it did change).
/// </summary>
public static class DatabaseFingerprint
{
    /// <summary>
    /// The fingerprint once background work has settled: a dossier job queued by an earlier, accepted request
    /// must not be blamed on the request being checked now. Waits at most 60 seconds.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> TakeSettledAsync(PortalFactory factory)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && UnsettledDossiers(factory) > 0)
        {
            await Task.Delay(100);
        }

        return Take(factory);
    }

    private static long UnsettledDossiers(PortalFactory factory)
    {
        using var connection = new SqliteConnection(factory.ConnectionString);
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM DossierRequests WHERE Status IN ('Queued', 'Running')";
        return (long)count.ExecuteScalar()!;
    }

    public static IReadOnlyDictionary<string, string> Take(PortalFactory factory)
    {
        using var connection = new SqliteConnection(factory.ConnectionString);
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var result = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            // Signing the test's own users in is audited; those events are the test's doing, not the request's.
            var where = table == "AuditEvents" ? " WHERE Action NOT IN ('SignedIn', 'SignInFailed')" : string.Empty;
            select.CommandText = $"SELECT * FROM \"{table}\"{where} ORDER BY rowid";
            using var reader = select.ExecuteReader();
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var rows = 0;
            while (reader.Read())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.IsDBNull(i) ? "\u2400" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
                    hash.AppendData(Encoding.UTF8.GetBytes(value + "\u241F"));
                }
            }

            result[table] = $"{rows}:{Convert.ToHexString(hash.GetHashAndReset())}";
        }

        return result;
    }

    /// <summary>The tables whose rows differ between two fingerprints.</summary>
    public static IReadOnlyList<string> Changed(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Keys.Union(after.Keys)
            .Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t))
            .Order(StringComparer.Ordinal)
            .ToList();
}

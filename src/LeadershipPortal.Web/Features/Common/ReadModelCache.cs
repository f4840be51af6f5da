using System.Data.Common;
using LeadershipPortal.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Npgsql;

namespace LeadershipPortal.Web.Features.Common;

/// <summary>
/// Read models that cost far more to build than a page costs to render (a ranking from thousands of ratings, the
/// gender publication, a queue) kept in memory under the <see cref="DataStamp"/>s of the areas they are built from.
/// Every request reads the stamps (one query of a few rows) before anything else, so a change committed on any node
/// rebuilds the model on the next request; a change committed while a model is built leaves it under the older
/// stamps, and the next request builds it again. Cached values are shared by concurrent requests: they must be
/// immutable. A build must not ask for another read model (builds wait on shared gates): get each one in turn.
/// </summary>
public sealed class ReadModelCache
{
    private readonly PortalDbContext db;
    private readonly ReadModelStore store;
    private readonly DataStampReader reader;

    // The stamps are read once per request (a page may show several read models); saving through this request's
    // context forgets them, so a model read after the request's own change is built from it.
    private Dictionary<DataArea, long>? stamps;

    public ReadModelCache(PortalDbContext db, ReadModelStore store, DataStampReader reader)
    {
        this.db = db;
        this.store = store;
        this.reader = reader;
        db.SavedChanges += (_, _) => stamps = null;
    }

    public async Task<T> GetAsync<T>(object key, IReadOnlyCollection<DataArea> areas, Func<Task<T>> build, CancellationToken cancellationToken = default)
        where T : class
    {
        stamps ??= await reader.ReadAsync(cancellationToken);
        var current = areas.Order().Select(area => stamps[area]).ToArray();
        return await store.GetAsync(key, current, build, cancellationToken);
    }
}

/// <summary>
/// Reads the stamps with one plain command on a pooled connection of the portal's database. A page served from
/// cached read models touches the database only here, so this skips what a DbContext costs on its first query of a
/// request (its services, the query pipeline), which was a fifth of such a page.
/// </summary>
public sealed class DataStampReader(IServiceScopeFactory scopes)
{
    private Func<DbConnection>? connect;

    public async Task<Dictionary<DataArea, long>> ReadAsync(CancellationToken cancellationToken)
    {
        connect ??= Connector();
        await using var connection = connect();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Area", "Value" FROM "DataStamps" """;
        await using var rows = await command.ExecuteReaderAsync(cancellationToken);
        var stamps = new Dictionary<DataArea, long>();
        while (await rows.ReadAsync(cancellationToken))
        {
            stamps[Enum.Parse<DataArea>(rows.GetString(0))] = rows.GetInt64(1);
        }

        return stamps;
    }

    /// <summary>Connections to the same database, by the same provider, as the portal's DbContext.</summary>
    private Func<DbConnection> Connector()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var connectionString = db.Database.GetConnectionString()!;
        return db.Database.IsNpgsql() ? () => new NpgsqlConnection(connectionString) : () => new SqliteConnection(connectionString);
    }
}

/// <summary>The process-wide memory of <see cref="ReadModelCache"/>: the last build of each key with its stamps.</summary>
public sealed class ReadModelStore(IMemoryCache cache)
{
    /// <summary>How long a read model nobody asks for stays in memory.</summary>
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    // Requests for a stale key wait for one build instead of all building at once; keys share a few gates by hash.
    private readonly SemaphoreSlim[] gates = [.. Enumerable.Range(0, 32).Select(_ => new SemaphoreSlim(1, 1))];

    public async Task<T> GetAsync<T>(object key, long[] stamps, Func<Task<T>> build, CancellationToken cancellationToken)
        where T : class
    {
        var cacheKey = (nameof(ReadModelStore), key);
        if (Current<T>(cacheKey, stamps) is { } hit)
        {
            return hit;
        }

        var gate = gates[(key.GetHashCode() & int.MaxValue) % gates.Length];
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Current<T>(cacheKey, stamps) is { } built)
            {
                return built;
            }

            var value = await build();
            cache.Set(cacheKey, new Entry<T>(stamps, value), new MemoryCacheEntryOptions { SlidingExpiration = Idle });
            return value;
        }
        finally
        {
            gate.Release();
        }
    }

    private T? Current<T>(object cacheKey, long[] stamps)
        where T : class =>
        cache.TryGetValue(cacheKey, out Entry<T>? entry) && entry is not null && entry.Stamps.AsSpan().SequenceEqual(stamps) ? entry.Value : null;

    private sealed record Entry<T>(long[] Stamps, T Value);
}

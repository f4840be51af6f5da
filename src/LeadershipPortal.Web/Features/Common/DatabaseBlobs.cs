using LeadershipPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Common;

/// <summary>Where a store keeps its files: <c>FileSystem</c> (a local folder, the default) or <c>Database</c>.</summary>
public static class FileStoreKinds
{
    public const string FileSystem = nameof(FileSystem);

    public const string Database = nameof(Database);

    /// <summary>True for <c>Database</c>, false for <c>FileSystem</c> or nothing; any other value stops the start.</summary>
    public static bool IsDatabase(string? configured, string settingName) => configured switch
    {
        null or "" => false,
        _ when string.Equals(configured, FileSystem, StringComparison.OrdinalIgnoreCase) => false,
        _ when string.Equals(configured, Database, StringComparison.OrdinalIgnoreCase) => true,
        _ => throw new InvalidOperationException($"{settingName} must be {FileSystem} or {Database}."),
    };
}

/// <summary>
/// File contents in the <c>StoredBlobs</c> table, for the stores of a scaled-out deployment: every node reads what any
/// node wrote. Each call uses its own short-lived DbContext, so storing a file never saves the caller's pending
/// changes, exactly like writing a file to disk.
/// </summary>
internal sealed class DatabaseBlobs(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>Stores or replaces the content of <paramref name="key"/> whole.</summary>
    public async Task SaveAsync(string key, byte[] content, CancellationToken cancellationToken)
    {
        try
        {
            await WriteAsync(key, content, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two writers of the same key at once (a job run twice): the insert of one lost; replace its file instead.
            await WriteAsync(key, content, cancellationToken);
        }
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var content = await db.StoredBlobs.AsNoTracking().Where(b => b.Key == key).Select(b => b.Content).SingleOrDefaultAsync(cancellationToken);
        return content is null ? null : new MemoryStream(content, writable: false);
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.StoredBlobs.Where(b => b.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task WriteAsync(string key, byte[] content, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var existing = await db.StoredBlobs.SingleOrDefaultAsync(b => b.Key == key, cancellationToken);
        if (existing is null)
        {
            db.StoredBlobs.Add(new StoredBlob(key, content, now));
        }
        else
        {
            existing.Replace(content, now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

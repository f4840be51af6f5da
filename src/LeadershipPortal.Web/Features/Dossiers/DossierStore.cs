using LeadershipPortal.Web.Features.Common;
using Microsoft.Extensions.Options;

namespace LeadershipPortal.Web.Features.Dossiers;

public sealed class DossierOptions
{
    /// <summary>Folder for issued dossiers, outside wwwroot; relative paths are under the content root.</summary>
    public string StoragePath { get; set; } = "App_Data/dossiers";

    /// <summary>
    /// FOR FAULT TESTS ONLY (leave at 0): milliseconds the store waits after writing a dossier's temporary file and
    /// before moving it into place, so that a test can stop the process in the middle of storing a dossier.
    /// </summary>
    public int TestDelayBeforeStoreMs { get; set; }

    /// <summary><c>FileSystem</c> (the folder above) or <c>Database</c> (every node serves every dossier).</summary>
    public string Store { get; set; } = FileStoreKinds.FileSystem;
}

/// <summary>
/// Where issued dossiers live, by a key the portal makes. Behind an interface so that several web nodes can
/// share a database or object store later instead of a local folder.
/// </summary>
public interface IDossierStore
{
    /// <summary>Stores the file under <paramref name="key"/>, replacing any earlier file of that key whole.</summary>
    Task SaveAsync(string key, byte[] content, CancellationToken cancellationToken = default);

    /// <summary>Opens a stored file for reading, or null when it does not exist.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes what writes interrupted by a crash left behind (never a stored dossier). Called at start-up, before
    /// unfinished requests are queued again; returns the number of leftovers removed.
    /// </summary>
    Task<int> RemoveInterruptedWritesAsync(CancellationToken cancellationToken = default);
}

internal sealed class FileSystemDossierStore : IDossierStore
{
    private const string TemporarySuffix = ".tmp";
    private readonly string _root;
    private readonly TimeSpan _testDelay;

    public FileSystemDossierStore(IOptions<DossierOptions> options, IHostEnvironment environment)
    {
        _root = LocalFiles.Folder(options.Value.StoragePath, environment);
        _testDelay = TimeSpan.FromMilliseconds(Math.Max(0, options.Value.TestDelayBeforeStoreMs));
    }

    /// <summary>Key of the file of one request: the same request always writes the same file, so a re-run leaves one.</summary>
    public static string KeyFor(int requestId) => FormattableString.Invariant($"dossier-{requestId:D8}.pdf");

    public async Task SaveAsync(string key, byte[] content, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);

        // Written beside the target, then moved over it: a reader never sees half a file.
        var temporary = path + "." + Guid.NewGuid().ToString("N") + TemporarySuffix;
        try
        {
            await File.WriteAllBytesAsync(temporary, content, cancellationToken);
            if (_testDelay > TimeSpan.Zero)
            {
                await Task.Delay(_testDelay, cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default) =>
        LocalFiles.OpenReadAsync(PathOf(key));

    /// <summary>Temporary files (<c>dossier-NNNNNNNN.pdf.*.tmp</c>) are only ever left by a process that stopped mid-write.</summary>
    public Task<int> RemoveInterruptedWritesAsync(CancellationToken cancellationToken = default)
    {
        var removed = 0;
        foreach (var orphan in Directory.EnumerateFiles(_root, "dossier-*.pdf.*" + TemporarySuffix))
        {
            cancellationToken.ThrowIfCancellationRequested();
            File.Delete(orphan);
            removed++;
        }

        return Task.FromResult(removed);
    }

    /// <summary>Keys are made by <see cref="KeyFor"/>; anything else is refused before it reaches the storage.</summary>
    public static string Checked(string key) =>
        key.Length == 20 && key.StartsWith("dossier-", StringComparison.Ordinal) && key.EndsWith(".pdf", StringComparison.Ordinal) && key[8..16].All(char.IsAsciiDigit)
            ? key
            : throw new ArgumentException("Not a dossier file key.", nameof(key));

    private string PathOf(string key) => Path.Combine(_root, Checked(key));
}

/// <summary>Dossiers in the database (<c>Dossiers:Store</c> = <c>Database</c>): made on one node, downloaded from any.</summary>
internal sealed class DatabaseDossierStore(DatabaseBlobs blobs) : IDossierStore
{
    private const string Prefix = "dossier/";

    public Task SaveAsync(string key, byte[] content, CancellationToken cancellationToken = default) =>
        blobs.SaveAsync(Prefix + FileSystemDossierStore.Checked(key), content, cancellationToken);

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default) =>
        blobs.OpenReadAsync(Prefix + FileSystemDossierStore.Checked(key), cancellationToken);

    // A row is written in one statement: an interrupted write leaves nothing behind.
    public Task<int> RemoveInterruptedWritesAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);
}

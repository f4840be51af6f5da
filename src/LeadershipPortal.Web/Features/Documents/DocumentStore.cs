using System.Security.Cryptography;
using LeadershipPortal.Web.Features.Common;
using Microsoft.Extensions.Options;

namespace LeadershipPortal.Web.Features.Documents;

public sealed class DocumentStorageOptions
{
    /// <summary>Folder for uploaded documents, outside wwwroot; relative paths are under the content root.</summary>
    public string StoragePath { get; set; } = "App_Data/documents";

    /// <summary><c>FileSystem</c> (the folder above) or <c>Database</c> (every node serves every upload).</summary>
    public string Store { get; set; } = FileStoreKinds.FileSystem;
}

/// <summary>A stored file: its random name, size and SHA-256.</summary>
public sealed record StoredFile(string StoredName, long SizeBytes, string Sha256);

/// <summary>
/// Where uploaded files live. Files are stored under random names chosen here, never under a name a user
/// gave, so no upload can overwrite another or escape the folder. Behind an interface so that a
/// scaled-out deployment can keep files in the database or a shared store instead.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Stores the content under a new random name and returns that name with the size and hash.</summary>
    Task<StoredFile> SaveAsync(Stream content, CancellationToken cancellationToken = default);

    /// <summary>Opens a stored file for reading, or null when it does not exist.</summary>
    Task<Stream?> OpenReadAsync(string storedName, CancellationToken cancellationToken = default);

    /// <summary>Deletes a stored file; deleting one that is already gone is not an error.</summary>
    Task DeleteAsync(string storedName, CancellationToken cancellationToken = default);
}

internal sealed class FileSystemDocumentStore : IDocumentStore
{
    private readonly string _root;

    public FileSystemDocumentStore(IOptions<DocumentStorageOptions> options, IHostEnvironment environment)
    {
        _root = LocalFiles.Folder(options.Value.StoragePath, environment);
    }

    /// <summary>A new random name for a stored file: 32 hex characters.</summary>
    public static string NewName() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Stored names are 32 hex characters made here; anything else is refused before it reaches the storage.</summary>
    public static string Checked(string storedName) =>
        storedName.Length == 32 && storedName.All(Uri.IsHexDigit)
            ? storedName
            : throw new ArgumentException("Not a stored document name.", nameof(storedName));

    public async Task<StoredFile> SaveAsync(Stream content, CancellationToken cancellationToken = default)
    {
        var storedName = NewName();
        var path = PathOf(storedName);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        var buffer = new byte[81920];
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, buffer.Length, useAsync: true);
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                size += read;
            }
        }
        catch
        {
            // A half-written file must not stay behind.
            File.Delete(path);
            throw;
        }

        return new StoredFile(storedName, size, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    public Task<Stream?> OpenReadAsync(string storedName, CancellationToken cancellationToken = default) =>
        LocalFiles.OpenReadAsync(PathOf(storedName));

    public Task DeleteAsync(string storedName, CancellationToken cancellationToken = default)
    {
        File.Delete(PathOf(storedName));
        return Task.CompletedTask;
    }

    private string PathOf(string storedName) => Path.Combine(_root, Checked(storedName));
}

/// <summary>Uploaded documents in the database (<c>Documents:Store</c> = <c>Database</c>): uploaded on one node, served by any.</summary>
internal sealed class DatabaseDocumentStore(DatabaseBlobs blobs) : IDocumentStore
{
    private const string Prefix = "document/";

    public async Task<StoredFile> SaveAsync(Stream content, CancellationToken cancellationToken = default)
    {
        // Read whole before anything is written: a stream that fails (too large, cut off) leaves no row behind.
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var storedName = FileSystemDocumentStore.NewName();
        await blobs.SaveAsync(Prefix + storedName, bytes, cancellationToken);
        return new StoredFile(storedName, bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    public Task<Stream?> OpenReadAsync(string storedName, CancellationToken cancellationToken = default) =>
        blobs.OpenReadAsync(Prefix + FileSystemDocumentStore.Checked(storedName), cancellationToken);

    public Task DeleteAsync(string storedName, CancellationToken cancellationToken = default) =>
        blobs.DeleteAsync(Prefix + FileSystemDocumentStore.Checked(storedName), cancellationToken);
}

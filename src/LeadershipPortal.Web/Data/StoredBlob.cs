namespace LeadershipPortal.Web.Data;

/// <summary>
/// The bytes of one stored file (an issued dossier, an uploaded document) kept in the database, so that every
/// web node serves the same files without a shared disk. Keys are made by the stores, never by users.
/// </summary>
public sealed class StoredBlob
{
    public const int MaxKeyLength = 100;

    private StoredBlob()
    {
    }

    public StoredBlob(string key, byte[] content, DateTime storedAtUtc)
    {
        Key = key;
        Replace(content, storedAtUtc);
    }

    /// <summary>The store's prefix and the file's key, e.g. <c>dossier/dossier-00000012.pdf</c>.</summary>
    public string Key { get; private set; } = "";

    public byte[] Content { get; private set; } = [];

    public long SizeBytes { get; private set; }

    public DateTime StoredAtUtc { get; private set; }

    /// <summary>Replaces the content whole (a dossier regenerated under the same key).</summary>
    public void Replace(byte[] content, DateTime storedAtUtc)
    {
        Content = content;
        SizeBytes = content.LongLength;
        StoredAtUtc = storedAtUtc;
    }
}

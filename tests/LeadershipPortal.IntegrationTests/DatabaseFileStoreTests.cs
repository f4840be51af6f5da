using System.Security.Cryptography;
using System.Text;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Features.Common;
using LeadershipPortal.Web.Features.Documents;
using LeadershipPortal.Web.Features.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests;

/// <summary>
/// The stores of <c>Dossiers:Store</c> / <c>Documents:Store</c> = <c>Database</c> on the test host's SQLite database
/// (the two-node test runs them on PostgreSQL). Every key used here is made by the test, so no seeded data changes.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class DatabaseFileStoreTests(PortalFactory factory)
{
    [Fact]
    public async Task A_document_is_stored_read_back_and_deleted_with_its_size_and_hash()
    {
        var store = new DatabaseDocumentStore(Blobs());
        var content = Encoding.ASCII.GetBytes("%PDF-1.4 a curriculum vitae kept in the database");

        var stored = await store.SaveAsync(new MemoryStream(content));

        Assert.Matches("^[0-9a-f]{32}$", stored.StoredName);
        Assert.Equal(content.Length, stored.SizeBytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), stored.Sha256);
        Assert.Equal(content, await ReadAsync(await store.OpenReadAsync(stored.StoredName)));
        Assert.Equal(1, await CountAsync("document/" + stored.StoredName));

        await store.DeleteAsync(stored.StoredName);
        await store.DeleteAsync(stored.StoredName);

        Assert.Null(await store.OpenReadAsync(stored.StoredName));
        Assert.Equal(0, await CountAsync("document/" + stored.StoredName));
    }

    [Fact]
    public async Task A_dossier_saved_again_under_its_key_replaces_the_first_file_whole()
    {
        var store = new DatabaseDossierStore(Blobs());
        var key = FileSystemDossierStore.KeyFor(90_000_000 + Random.Shared.Next(9_999_999));

        Assert.Null(await store.OpenReadAsync(key));
        await store.SaveAsync(key, Encoding.ASCII.GetBytes("%PDF-1.7 first, longer version"));
        await store.SaveAsync(key, Encoding.ASCII.GetBytes("%PDF-1.7 second"));

        Assert.Equal("%PDF-1.7 second", Encoding.ASCII.GetString(await ReadAsync(await store.OpenReadAsync(key))));
        Assert.Equal(1, await CountAsync("dossier/" + key));
    }

    [Theory]
    [InlineData("../portal.db")]
    [InlineData("dossier-0000001.pdf")]
    [InlineData("dossier-abcdefgh.pdf")]
    public async Task Keys_the_portal_did_not_make_are_refused(string key)
    {
        var dossiers = new DatabaseDossierStore(Blobs());
        var documents = new DatabaseDocumentStore(Blobs());

        await Assert.ThrowsAsync<ArgumentException>(() => dossiers.OpenReadAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => dossiers.SaveAsync(key, [1]));
        await Assert.ThrowsAsync<ArgumentException>(() => documents.OpenReadAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => documents.DeleteAsync(key));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("FileSystem", false)]
    [InlineData("database", true)]
    public void The_store_setting_chooses_the_database_only_when_asked(string? configured, bool expected) =>
        Assert.Equal(expected, FileStoreKinds.IsDatabase(configured, "Dossiers:Store"));

    [Fact]
    public void An_unknown_store_setting_stops_the_start_with_the_setting_named() =>
        Assert.Contains("Dossiers:Store", Assert.Throws<InvalidOperationException>(() => FileStoreKinds.IsDatabase("S3", "Dossiers:Store")).Message, StringComparison.Ordinal);

    private DatabaseBlobs Blobs() => factory.Services.GetRequiredService<DatabaseBlobs>();

    private Task<int> CountAsync(string key) => Arrange.QueryAsync(factory, db => db.StoredBlobs.CountAsync(b => b.Key == key));

    private static async Task<byte[]> ReadAsync(Stream? stream)
    {
        Assert.NotNull(stream);
        await using (stream)
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            return copy.ToArray();
        }
    }
}

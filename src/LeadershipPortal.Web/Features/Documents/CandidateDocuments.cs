using System.Globalization;
using System.Security.Claims;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Audit;
using LeadershipPortal.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Documents;

public sealed record DocumentRow(int Id, DocumentKind Kind, string FileName, long SizeBytes, string Sha256, DateTime UploadedAtUtc);

/// <summary>An opened document; the caller streams and disposes <see cref="Content"/>.</summary>
public sealed record DocumentDownload(Stream Content, string FileName);

public enum UploadOutcome
{
    Added,
    Replaced,
}

/// <summary>
/// A candidate's CV and nomination letter: PDF only (checked by content), at most 10 MB, one of each kind.
/// Only the owner and HR may open a document; anyone else is told it does not exist.
/// </summary>
public sealed partial class CandidateDocuments(
    PortalDbContext db,
    IDocumentStore store,
    AuditLog audit,
    TimeProvider time,
    ILogger<CandidateDocuments> logger)
{
    public const string EmptyMessage = "The file is empty. Choose a PDF of at most 10 MB.";
    public const string TooLargeMessage = "The file is larger than 10 MB. Choose a smaller PDF.";
    public const string NotPdfMessage = "The file is not a PDF. Only PDF documents are accepted; the content is checked, not the name.";

    private static readonly int SignatureLength = "%PDF-"u8.Length;

    public async Task<IReadOnlyList<DocumentRow>> ListMineAsync(string userId, CancellationToken cancellationToken = default) =>
        await (
            from d in db.CandidateDocuments.AsNoTracking()
            join c in db.Candidates on d.CandidateId equals c.Id
            where c.UserId == userId
            orderby d.Kind
            select new DocumentRow(d.Id, d.Kind, d.OriginalFileName, d.SizeBytes, d.Sha256, d.UploadedAtUtc))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Stores a new document, replacing the candidate's document of the same kind. The new file and row are
    /// saved first and the old file is deleted only after the commit, so a failure never leaves the
    /// candidate without a document they had.
    /// </summary>
    /// <param name="declaredLength">The length the request claims; the bytes are counted again while storing.</param>
    public async Task<UploadOutcome> UploadAsync(string userId, DocumentKind kind, string? fileName, long declaredLength, Stream content, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException("Choose whether this is your CV or your nomination letter.");
        }

        var candidateId = await db.Candidates.Where(c => c.UserId == userId).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainRuleException("Start your candidate profile before uploading documents.");
        if (declaredLength <= 0)
        {
            throw new DomainRuleException(EmptyMessage);
        }

        if (declaredLength > CandidateDocument.MaxSizeBytes)
        {
            throw new DomainRuleException(TooLargeMessage);
        }

        var head = new byte[SignatureLength];
        var headLength = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (headLength == 0)
        {
            throw new DomainRuleException(EmptyMessage);
        }

        if (!CandidateDocument.LooksLikePdf(head.AsSpan(0, headLength)))
        {
            throw new DomainRuleException(NotPdfMessage);
        }

        // The limit is enforced on the bytes themselves, so a request that under-declares its length cannot pass.
        var stored = await store.SaveAsync(new SizeLimitedStream(head, content, CandidateDocument.MaxSizeBytes, TooLargeMessage), cancellationToken);

        string? replacedFile;
        try
        {
            replacedFile = await RecordAsync(userId, candidateId, kind, fileName, stored, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two uploads of the same kind at once: the unique (candidate, kind) index lets one win.
            await store.DeleteAsync(stored.StoredName, CancellationToken.None);
            throw new DomainRuleException("Another upload of this document finished at the same moment. Reload the page to see which one was kept.");
        }
        catch
        {
            await store.DeleteAsync(stored.StoredName, CancellationToken.None);
            throw;
        }

        if (replacedFile is not null)
        {
            await DeleteFileQuietlyAsync(replacedFile);
        }

        return replacedFile is null ? UploadOutcome.Added : UploadOutcome.Replaced;
    }

    /// <summary>Deletes one of the user's own documents and returns its kind; null when they have no document with that id.</summary>
    public async Task<DocumentKind?> DeleteMineAsync(string userId, int documentId, CancellationToken cancellationToken = default)
    {
        var document = await (
            from d in db.CandidateDocuments
            join c in db.Candidates on d.CandidateId equals c.Id
            where d.Id == documentId && c.UserId == userId
            select d).SingleOrDefaultAsync(cancellationToken);
        if (document is null)
        {
            return null;
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.CandidateDocuments.Remove(document);
            await audit.AddAsync(userId, "DocumentDeleted", nameof(CandidateDocument), Key(document.Id), $"Kind: {document.Kind}; SHA-256: {document.Sha256}", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await DeleteFileQuietlyAsync(document.StoredName);
        return document.Kind;
    }

    /// <summary>
    /// Opens a document for its owner or for HR; null for anyone else, so a guessed id reveals nothing,
    /// not even that the document exists. HR downloads are audited.
    /// </summary>
    public async Task<DocumentDownload?> OpenAsync(ClaimsPrincipal user, int documentId, CancellationToken cancellationToken = default)
    {
        var userId = user.RequiredUserId();
        var found = await (
            from d in db.CandidateDocuments.AsNoTracking()
            join c in db.Candidates on d.CandidateId equals c.Id
            where d.Id == documentId
            select new { d.Id, d.Kind, d.StoredName, d.OriginalFileName, d.Sha256, OwnerId = c.UserId })
            .SingleOrDefaultAsync(cancellationToken);
        var isOwner = found is not null && found.OwnerId == userId;
        if (found is null || !(isOwner || user.IsInRole(Roles.HR)))
        {
            return null;
        }

        var content = await store.OpenReadAsync(found.StoredName, cancellationToken);
        if (content is null)
        {
            FileMissing(logger, found.Id);
            return null;
        }

        if (!isOwner)
        {
            try
            {
                await audit.AddAsync(userId, "DocumentDownloaded", nameof(CandidateDocument), Key(found.Id), $"Kind: {found.Kind}; SHA-256: {found.Sha256}", cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
            catch
            {
                await content.DisposeAsync();
                throw;
            }
        }

        return new DocumentDownload(content, found.OriginalFileName);
    }

    /// <summary>Saves the new row (and removes the old one) with its audit event; returns the replaced file's stored name.</summary>
    private async Task<string?> RecordAsync(string userId, int candidateId, DocumentKind kind, string? fileName, StoredFile stored, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var previous = await db.CandidateDocuments.SingleOrDefaultAsync(d => d.CandidateId == candidateId && d.Kind == kind, cancellationToken);
        if (previous is not null)
        {
            // Removed in its own save: the (candidate, kind) index is unique and the new row takes its place.
            db.CandidateDocuments.Remove(previous);
            await db.SaveChangesAsync(cancellationToken);
        }

        var document = new CandidateDocument(candidateId, kind, fileName ?? string.Empty, stored.StoredName, stored.SizeBytes, stored.Sha256, time.GetUtcNow().UtcDateTime);
        db.CandidateDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);

        // Never the file name: it often carries the person's name. The hash identifies the content.
        var details = previous is null
            ? $"Kind: {kind}; {stored.SizeBytes} bytes; SHA-256: {stored.Sha256}"
            : $"Kind: {kind}; {stored.SizeBytes} bytes; SHA-256: {stored.Sha256}; replaces document {previous.Id}";
        await audit.AddAsync(userId, previous is null ? "DocumentUploaded" : "DocumentReplaced", nameof(CandidateDocument), Key(document.Id), details, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return previous?.StoredName;
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    // The row is gone and committed; a file left behind is only wasted space, so it must not fail the request.
    private async Task DeleteFileQuietlyAsync(string storedName)
    {
        try
        {
            await store.DeleteAsync(storedName, CancellationToken.None);
        }
        catch (IOException e)
        {
            FileNotDeleted(logger, e, storedName);
        }
        catch (UnauthorizedAccessException e)
        {
            FileNotDeleted(logger, e, storedName);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The file of document {DocumentId} is missing from the store")]
    private static partial void FileMissing(ILogger logger, int documentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete stored file {StoredName}; it no longer belongs to any document")]
    private static partial void FileNotDeleted(ILogger logger, Exception exception, string storedName);
}

/// <summary>
/// Gives back the bytes already read for the signature check, then the rest of the upload, and refuses
/// the upload as soon as more than the limit has come through.
/// </summary>
internal sealed class SizeLimitedStream(ReadOnlyMemory<byte> head, Stream rest, long limit, string tooLargeMessage) : Stream
{
    private int _headPosition;
    private long _total;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _total;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_headPosition < head.Length)
        {
            return Count(TakeHead(buffer));
        }

        return Count(rest.Read(buffer));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_headPosition < head.Length)
        {
            return Count(TakeHead(buffer.Span));
        }

        return Count(await rest.ReadAsync(buffer, cancellationToken));
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int TakeHead(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, head.Length - _headPosition);
        head.Span.Slice(_headPosition, count).CopyTo(buffer);
        _headPosition += count;
        return count;
    }

    private int Count(int read)
    {
        _total += read;
        return _total > limit ? throw new DomainRuleException(tooLargeMessage) : read;
    }
}

using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Domain.Candidates;

public enum DocumentKind
{
    Cv,
    NominationLetter,
}

/// <summary>
/// A PDF a candidate uploaded. The file itself is stored under a random name; this row keeps what is needed
/// to serve it and to prove it unchanged (its SHA-256).
/// </summary>
public sealed class CandidateDocument
{
    public const long MaxSizeBytes = 10 * 1024 * 1024;

    private CandidateDocument()
    {
        OriginalFileName = StoredName = Sha256 = string.Empty;
    }

    public CandidateDocument(int candidateId, DocumentKind kind, string originalFileName, string storedName, long sizeBytes, string sha256, DateTime uploadedAtUtc)
    {
        if (sizeBytes is <= 0 or > MaxSizeBytes)
        {
            throw new DomainRuleException("A document is between 1 byte and 10 MB.");
        }

        CandidateId = candidateId;
        Kind = kind;
        OriginalFileName = SafeFileName(originalFileName);
        StoredName = Guard.Required(storedName, "Stored name", 100);
        SizeBytes = sizeBytes;
        Sha256 = Guard.Required(sha256, "SHA-256", 64);
        UploadedAtUtc = Guard.Utc(uploadedAtUtc);
    }

    public int Id { get; private set; }

    public int CandidateId { get; private set; }

    public DocumentKind Kind { get; private set; }

    /// <summary>The name the candidate's file had, cleaned of paths; only ever shown, never used to store.</summary>
    public string OriginalFileName { get; private set; }

    /// <summary>The random name under which the file is stored.</summary>
    public string StoredName { get; private set; }

    public long SizeBytes { get; private set; }

    public string Sha256 { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }

    /// <summary>Keeps the last path segment and printable characters; a PDF extension always ends it.</summary>
    public static string SafeFileName(string? name)
    {
        var lastSegment = (name ?? string.Empty).Replace('\\', '/').Split('/').Last();
        var cleaned = new string(lastSegment.Where(c => !char.IsControl(c) && c is not '"' and not '<' and not '>' and not '|' and not ':' and not '*' and not '?').ToArray()).Trim();
        if (cleaned.Length == 0)
        {
            cleaned = "document.pdf";
        }

        if (cleaned.Length > 120)
        {
            cleaned = cleaned[..120];
        }

        return cleaned.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? cleaned : cleaned + ".pdf";
    }

    /// <summary>True when the content starts with the PDF signature, whatever the file is called.</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> head) => head.StartsWith("%PDF-"u8);
}

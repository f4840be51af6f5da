using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Domain.Dossiers;

public enum DossierKind
{
    /// <summary>One application: profile, mission fit, the panel's ratings and evidence, stage history.</summary>
    Candidate,

    /// <summary>A vacancy's comparative analysis of its shortlist, panel and gender balance.</summary>
    Vacancy,
}

public enum DossierStatus
{
    Queued,
    Running,
    Ready,
    Failed,
    Cancelled,
}

/// <summary>
/// HR's request for one PDF dossier. The row is the source of truth for the job that builds it: the job may
/// run more than once (a retry, a restart), so every move checks the state it starts from.
/// </summary>
public sealed class DossierRequest
{
    public const int MaxFailureReasonLength = 500;

    private DossierRequest()
    {
        RequestedByUserId = Language = string.Empty;
    }

    public DossierRequest(DossierKind kind, int targetId, string requestedByUserId, DateTime nowUtc, string language = "en")
    {
        if (targetId <= 0)
        {
            throw new DomainRuleException("A dossier needs an application or a vacancy.");
        }

        Kind = kind;
        TargetId = targetId;
        RequestedByUserId = Guard.Required(requestedByUserId, "Requested by", 450);
        Language = Guard.Required(language, "Language", 10);
        RequestedAtUtc = Guard.Utc(nowUtc);
        Status = DossierStatus.Queued;
    }

    public int Id { get; private set; }

    public DossierKind Kind { get; private set; }

    /// <summary>The application id of a candidate dossier, the vacancy id of a vacancy dossier.</summary>
    public int TargetId { get; private set; }

    public string RequestedByUserId { get; private set; }

    public DossierStatus Status { get; private set; }

    public string? FailureReason { get; private set; }

    /// <summary>How many times a job started building this dossier.</summary>
    public int Attempts { get; private set; }

    /// <summary>Where the store keeps the file; set once Ready.</summary>
    public string? FileKey { get; private set; }

    public long? SizeBytes { get; private set; }

    public int? PageCount { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the issued file, for later verification.</summary>
    public string? Sha256 { get; private set; }

    public string Language { get; private set; }

    public DateTime RequestedAtUtc { get; private set; }

    public DateTime? StartedAtUtc { get; private set; }

    public DateTime? CompletedAtUtc { get; private set; }

    /// <summary>Bumped on every change; two jobs racing on one request cannot both save.</summary>
    public int Version { get; private set; }

    /// <summary>Ready and Cancelled are final: a job finding them does nothing.</summary>
    public bool IsSettled => Status is DossierStatus.Ready or DossierStatus.Cancelled;

    /// <summary>A job begins (or retries) building the file.</summary>
    public void Start(DateTime nowUtc)
    {
        if (IsSettled)
        {
            throw new DomainRuleException($"A {Status.ToString().ToLowerInvariant()} dossier is not built again; request a new one.");
        }

        Status = DossierStatus.Running;
        Attempts++;
        StartedAtUtc = Guard.Utc(nowUtc);
        FailureReason = null;
    }

    public void Complete(string fileKey, long sizeBytes, int pageCount, string sha256, DateTime nowUtc)
    {
        if (Status != DossierStatus.Running)
        {
            throw new DomainRuleException("Only a dossier being built can be completed.");
        }

        if (sizeBytes <= 0 || pageCount <= 0 || sha256.Length != 64)
        {
            throw new DomainRuleException("A finished dossier has a size, pages and a SHA-256.");
        }

        FileKey = Guard.Required(fileKey, "File key", 200);
        SizeBytes = sizeBytes;
        PageCount = pageCount;
        Sha256 = sha256.ToLowerInvariant();
        CompletedAtUtc = Guard.Utc(nowUtc);
        Status = DossierStatus.Ready;
    }

    public void Fail(string reason, DateTime nowUtc)
    {
        if (IsSettled)
        {
            throw new DomainRuleException("A settled dossier cannot fail.");
        }

        var text = string.IsNullOrWhiteSpace(reason) ? "The dossier could not be built." : reason.Trim();
        FailureReason = text.Length > MaxFailureReasonLength ? text[..MaxFailureReasonLength] : text;
        CompletedAtUtc = Guard.Utc(nowUtc);
        Status = DossierStatus.Failed;
    }

    /// <summary>HR cancels a request that no job has started.</summary>
    public void Cancel(DateTime nowUtc)
    {
        if (Status != DossierStatus.Queued)
        {
            throw new DomainRuleException("Only a queued dossier can be cancelled.");
        }

        CompletedAtUtc = Guard.Utc(nowUtc);
        Status = DossierStatus.Cancelled;
    }

    /// <summary>A new request for the same dossier; the old one and its file stay, so what was issued can still be verified.</summary>
    public DossierRequest Regenerate(string requestedByUserId, DateTime nowUtc)
    {
        if (Status is DossierStatus.Queued or DossierStatus.Running)
        {
            throw new DomainRuleException("This dossier is still being prepared.");
        }

        return new DossierRequest(Kind, TargetId, requestedByUserId, nowUtc, Language);
    }
}

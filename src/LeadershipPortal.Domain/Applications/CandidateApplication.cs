using System.Security.Cryptography;
using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Domain.Applications;

/// <summary>
/// A candidate's application to one vacancy. Its stage only moves through the methods below,
/// and every move is kept in the stage history with who made it, when and why.
/// </summary>
public sealed class CandidateApplication
{
    public const int MaxStatementWords = 500;

    /// <summary>Each competency statement (situation, action, result) is at most this long.</summary>
    public const int MaxCompetencyStatementWords = 300;

    private readonly List<StageChange> _history = [];
    private readonly List<CompetencyStatement> _competencyStatements = [];

    private CandidateApplication()
    {
        CandidateCode = string.Empty;
    }

    public CandidateApplication(int vacancyId, int candidateId, DateTime nowUtc)
    {
        VacancyId = vacancyId;
        CandidateId = candidateId;
        CreatedAtUtc = Guard.Utc(nowUtc);
        Stage = ApplicationStage.Draft;
        CandidateCode = NewCandidateCode();
    }

    public int Id { get; private set; }

    public int VacancyId { get; private set; }

    public int CandidateId { get; private set; }

    public ApplicationStage Stage { get; private set; }

    /// <summary>What assessors see at blind stages instead of the candidate's name.</summary>
    public string CandidateCode { get; private set; }

    /// <summary>The vision statement, up to 500 words.</summary>
    public string? Statement { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    /// <summary>HR's summary for the candidate, shown once released after a final decision.</summary>
    public string? Feedback { get; private set; }

    public DateTime? FeedbackReleasedAtUtc { get; private set; }

    public IReadOnlyCollection<StageChange> History => _history.AsReadOnly();

    /// <summary>Bumped on every change; a stale form cannot overwrite a newer save.</summary>
    public int Version { get; private set; }

    public IReadOnlyCollection<CompetencyStatement> CompetencyStatements => _competencyStatements.AsReadOnly();

    /// <summary>Writes (or clears, when blank) the statement for one assessed competency of a draft.</summary>
    public void WriteCompetencyStatement(int competencyId, string? text)
    {
        EnsureDraft();
        var words = CountWords(text);
        if (words > MaxCompetencyStatementWords)
        {
            throw new DomainRuleException("A competency statement has {0} words; the limit is {1}.", words, MaxCompetencyStatementWords);
        }

        _competencyStatements.RemoveAll(s => s.CompetencyId == competencyId);
        if (!string.IsNullOrWhiteSpace(text))
        {
            _competencyStatements.Add(new CompetencyStatement(competencyId, text.Trim()));
        }
    }

    /// <summary>The competencies of <paramref name="requiredCompetencyIds"/> that still have no statement.</summary>
    public IReadOnlyList<int> CompetenciesWithoutStatement(IEnumerable<int> requiredCompetencyIds) =>
        requiredCompetencyIds.Except(_competencyStatements.Select(s => s.CompetencyId)).ToList();

    public void WriteStatement(string? statement)
    {
        EnsureDraft();
        var words = CountWords(statement);
        if (words > MaxStatementWords)
        {
            throw new DomainRuleException("The vision statement has {0} words; the limit is {1}.", words, MaxStatementWords);
        }

        Statement = string.IsNullOrWhiteSpace(statement) ? null : statement.Trim();
    }

    /// <summary>
    /// The candidate sends the application: only before the vacancy closes, and only with a vision statement
    /// and a statement for every assessed competency. After this the text is frozen.
    /// </summary>
    public void Submit(DateTime nowUtc, DateTime vacancyClosesAtUtc, string candidateUserId, IReadOnlyCollection<int> requiredCompetencyIds)
    {
        if (Stage != ApplicationStage.Draft)
        {
            throw new DomainRuleException("This application has already been submitted.");
        }

        if (Guard.Utc(nowUtc) >= Guard.Utc(vacancyClosesAtUtc))
        {
            throw new DomainRuleException("The vacancy closed on {0:d MMMM yyyy, HH:mm} UTC; applications can no longer be submitted.", vacancyClosesAtUtc);
        }

        if (string.IsNullOrWhiteSpace(Statement))
        {
            throw new DomainRuleException("Write a vision statement before submitting.");
        }

        var missing = CompetenciesWithoutStatement(requiredCompetencyIds).Count;
        if (missing > 0)
        {
            throw new DomainRuleException("Write a statement for every competency before submitting; {0} still to write.", missing);
        }

        SubmittedAtUtc = Guard.Utc(nowUtc);
        Record(ApplicationStage.Submitted, candidateUserId, nowUtc, "Submitted by the candidate.");
    }

    /// <summary>HR moves the application on; every move needs a justification.</summary>
    public void MoveTo(ApplicationStage to, string justification, string hrUserId, DateTime nowUtc)
    {
        if (!ApplicationStages.NextStagesForHr(Stage).Contains(to))
        {
            throw new DomainRuleException("An application cannot move from {0} to {1}.", (Sentence)ApplicationStages.Label(Stage), (Sentence)ApplicationStages.Label(to));
        }

        var reason = Guard.Required(justification, "A justification", 2000);
        Record(to, hrUserId, nowUtc, reason);
    }

    public void Withdraw(string candidateUserId, DateTime nowUtc)
    {
        if (Stage == ApplicationStage.Draft)
        {
            throw new DomainRuleException("A draft has not been sent; delete it instead of withdrawing it.");
        }

        if (ApplicationStages.IsFinal(Stage))
        {
            throw new DomainRuleException("This application is already closed.");
        }

        Record(ApplicationStage.Withdrawn, candidateUserId, nowUtc, "Withdrawn by the candidate.");
    }

    /// <summary>HR releases the decision's feedback to the candidate; only once the application is decided.</summary>
    public void ReleaseFeedback(string feedback, DateTime nowUtc)
    {
        if (!ApplicationStages.IsDecided(Stage))
        {
            throw new DomainRuleException("Feedback is released once the application is decided.");
        }

        Feedback = Guard.Required(feedback, "Feedback", 4000);
        FeedbackReleasedAtUtc = Guard.Utc(nowUtc);
    }

    /// <summary>Removes the candidate's own words when they erase their account; stages and scores stay for statistics.</summary>
    public void Anonymise()
    {
        Statement = null;
        Feedback = null;
        _competencyStatements.Clear();
    }

    public static int CountWords(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? 0
            : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private void EnsureDraft()
    {
        if (Stage != ApplicationStage.Draft)
        {
            throw new DomainRuleException("A submitted application cannot be edited.");
        }
    }

    private void Record(ApplicationStage to, string byUserId, DateTime nowUtc, string justification)
    {
        _history.Add(new StageChange(Stage, to, Guard.Utc(nowUtc), byUserId, justification));
        Stage = to;
    }

    // No 0/O or 1/I: codes are read aloud and copied by hand.
    private static string NewCandidateCode()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return "C-" + RandomNumberGenerator.GetString(alphabet, 6);
    }
}

public sealed class StageChange
{
    private StageChange()
    {
        ByUserId = Justification = string.Empty;
    }

    internal StageChange(ApplicationStage from, ApplicationStage to, DateTime atUtc, string byUserId, string justification)
    {
        From = from;
        To = to;
        AtUtc = atUtc;
        ByUserId = byUserId;
        Justification = justification;
    }

    public int Id { get; private set; }

    public int ApplicationId { get; private set; }

    public ApplicationStage From { get; private set; }

    public ApplicationStage To { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string ByUserId { get; private set; }

    public string Justification { get; private set; }
}

/// <summary>The candidate's evidence for one competency, written as situation, action and result.</summary>
public sealed class CompetencyStatement
{
    private CompetencyStatement()
    {
        Text = string.Empty;
    }

    internal CompetencyStatement(int competencyId, string text)
    {
        CompetencyId = competencyId;
        Text = text;
    }

    public int Id { get; private set; }

    public int ApplicationId { get; private set; }

    public int CompetencyId { get; private set; }

    public string Text { get; private set; }
}

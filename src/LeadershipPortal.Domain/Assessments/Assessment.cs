using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Competencies;

namespace LeadershipPortal.Domain.Assessments;

public enum ConflictDeclaration
{
    NotDeclared,
    NoConflict,
    Recused,
}

/// <summary>
/// One assessor's scoring of one application at one stage. The conflict-of-interest declaration comes first;
/// a draft may change, a submitted assessment is locked.
/// </summary>
public sealed class Assessment
{
    private readonly List<CompetencyRating> _ratings = [];

    private Assessment()
    {
        AssessorId = string.Empty;
    }

    public Assessment(int applicationId, string assessorId, ApplicationStage stage)
    {
        if (!ApplicationStages.IsScored(stage))
        {
            throw new DomainRuleException("Applications are not scored at the {0} stage.", (Sentence)ApplicationStages.Label(stage));
        }

        ApplicationId = applicationId;
        AssessorId = Guard.Required(assessorId, "Assessor", 450);
        Stage = stage;
    }

    public int Id { get; private set; }

    public int ApplicationId { get; private set; }

    public string AssessorId { get; private set; }

    public ApplicationStage Stage { get; private set; }

    public ConflictDeclaration Conflict { get; private set; }

    public string? RecusalReason { get; private set; }

    /// <summary>Why the assessor continued although the system flagged a likely conflict (shared nationality).</summary>
    public string? ContinueDespiteFlagReason { get; private set; }

    /// <summary>Bumped on every change; a stale form cannot overwrite a newer save.</summary>
    public int Version { get; private set; }

    public DateTime? DeclaredAtUtc { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    public bool IsSubmitted => SubmittedAtUtc is not null;

    /// <summary>Recused assessments never count toward the panel's scores.</summary>
    public bool CountsTowardScores => IsSubmitted && Conflict == ConflictDeclaration.NoConflict;

    public IReadOnlyCollection<CompetencyRating> Ratings => _ratings.AsReadOnly();

    public void DeclareNoConflict(DateTime nowUtc) => DeclareNoConflict(nowUtc, likelyConflictFlagged: false, reasonToContinue: null);

    /// <summary>
    /// Declares no conflict. When the system flagged a likely conflict, the assessor must say why they can
    /// still assess impartially; the reason is kept with the declaration.
    /// </summary>
    public void DeclareNoConflict(DateTime nowUtc, bool likelyConflictFlagged, string? reasonToContinue)
    {
        EnsureNotDeclared();
        if (likelyConflictFlagged)
        {
            ContinueDespiteFlagReason = Guard.Required(reasonToContinue, "A reason to continue despite the flagged conflict", 1000);
        }

        Conflict = ConflictDeclaration.NoConflict;
        DeclaredAtUtc = Guard.Utc(nowUtc);
    }

    public void Recuse(string reason, DateTime nowUtc)
    {
        EnsureNotDeclared();
        RecusalReason = Guard.Required(reason, "The reason for recusal", 1000);
        Conflict = ConflictDeclaration.Recused;
        DeclaredAtUtc = Guard.Utc(nowUtc);
    }

    /// <summary>Rates one competency with the evidence for it; rating it again replaces the draft rating.</summary>
    public void Rate(int competencyId, int rating, string evidence)
    {
        if (Conflict != ConflictDeclaration.NoConflict)
        {
            throw new DomainRuleException("Declare that you have no conflict of interest before scoring.");
        }

        if (IsSubmitted)
        {
            throw new DomainRuleException("This assessment has been submitted and is locked.");
        }

        if (!RatingScale.IsValid(rating))
        {
            throw new DomainRuleException("A rating is from 1 (Unsatisfactory) to 5 (Outstanding).");
        }

        var text = Guard.Required(evidence, "Evidence", 4000);
        _ratings.RemoveAll(r => r.CompetencyId == competencyId);
        _ratings.Add(new CompetencyRating(competencyId, rating, text));
    }

    /// <summary>Locks the assessment once every competency the vacancy assesses has a rating.</summary>
    public void Submit(IReadOnlyCollection<int> requiredCompetencyIds, DateTime nowUtc)
    {
        if (IsSubmitted)
        {
            throw new DomainRuleException("This assessment has already been submitted.");
        }

        if (Conflict != ConflictDeclaration.NoConflict)
        {
            throw new DomainRuleException("A recused assessor does not submit scores.");
        }

        var missing = requiredCompetencyIds.Except(_ratings.Select(r => r.CompetencyId)).Count();
        if (missing > 0)
        {
            throw new DomainRuleException("Rate every competency before submitting; {0} still to rate.", missing);
        }

        SubmittedAtUtc = Guard.Utc(nowUtc);
    }

    private void EnsureNotDeclared()
    {
        if (Conflict != ConflictDeclaration.NotDeclared)
        {
            throw new DomainRuleException("A conflict-of-interest declaration is made once.");
        }
    }
}

public sealed class CompetencyRating
{
    private CompetencyRating()
    {
        Evidence = string.Empty;
    }

    internal CompetencyRating(int competencyId, int rating, string evidence)
    {
        CompetencyId = competencyId;
        Rating = rating;
        Evidence = evidence;
    }

    public int Id { get; private set; }

    public int AssessmentId { get; private set; }

    public int CompetencyId { get; private set; }

    /// <summary>1–5; stored as an integer because SQLite cannot compare decimals.</summary>
    public int Rating { get; private set; }

    public string Evidence { get; private set; }
}

using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Domain.Candidates;

public enum Readiness
{
    ReadyNow,
    ReadyIn1To2Years,
}

/// <summary>
/// What a candidate tells us about themselves. Gender is self-identified, optional, and never shown to assessors.
/// </summary>
public sealed class CandidateProfile
{
    private CandidateProfile()
    {
        UserId = FullName = string.Empty;
    }

    public CandidateProfile(string userId, string fullName)
    {
        UserId = Guard.Required(userId, "User", 450);
        FullName = Guard.Required(fullName, "Full name", 200);
    }

    public int Id { get; private set; }

    /// <summary>The account; null once the person has erased it.</summary>
    public string? UserId { get; private set; }

    public string FullName { get; private set; }

    public Gender? Gender { get; private set; }

    public int? NationalityId { get; private set; }

    public string? CurrentPost { get; private set; }

    public int YearsInSeniorPosts { get; private set; }

    public string? Education { get; private set; }

    public List<LanguageSkill> Languages { get; private set; } = [];

    public List<Region> Regions { get; private set; } = [];

    public List<MandateArea> MandateAreas { get; private set; } = [];

    public List<FieldMissionExperience> FieldMissions { get; private set; } = [];

    public Nomination? Nomination { get; private set; }

    /// <summary>Set by HR when the candidate is placed in the roster of future candidates.</summary>
    public Readiness? Readiness { get; private set; }

    /// <summary>The candidate agrees to be kept in the senior leadership cadre for future vacancies.</summary>
    public bool RosterConsent { get; private set; }

    public DateTime? RosterConsentChangedAtUtc { get; private set; }

    /// <summary>Set when the person erased their account: the row stays, without anything that identifies them, so statistics stay right.</summary>
    public DateTime? ErasedAtUtc { get; private set; }

    public void UpdatePersonalDetails(string fullName, Gender? gender, int? nationalityId)
    {
        FullName = Guard.Required(fullName, "Full name", 200);
        Gender = gender;
        NationalityId = nationalityId;
    }

    public void UpdateExperience(string? currentPost, int yearsInSeniorPosts, string? education, IEnumerable<Region> regions, IEnumerable<MandateArea> mandateAreas)
    {
        if (yearsInSeniorPosts is < 0 or > 60)
        {
            throw new DomainRuleException("Years in senior posts must be between 0 and 60.");
        }

        CurrentPost = Guard.Optional(currentPost, "Current post", 200);
        YearsInSeniorPosts = yearsInSeniorPosts;
        Education = Guard.Optional(education, "Education", 500);
        Regions = regions.Distinct().Order().ToList();
        MandateAreas = mandateAreas.Distinct().Order().ToList();
    }

    public void SetLanguages(IEnumerable<LanguageSkill> languages)
    {
        var list = languages.ToList();
        if (list.GroupBy(l => l.Language, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
        {
            throw new DomainRuleException("Each language can be listed once.");
        }

        Languages = list;
    }

    public void SetFieldMissions(IEnumerable<FieldMissionExperience> missions) => FieldMissions = missions.ToList();

    public void Nominate(Nomination nomination) => Nomination = nomination;

    public void PlaceInRoster(Readiness readiness) => Readiness = readiness;

    public void GiveRosterConsent(DateTime nowUtc)
    {
        RosterConsent = true;
        RosterConsentChangedAtUtc = Guard.Utc(nowUtc);
    }

    /// <summary>Withdrawing consent also takes the candidate out of the roster.</summary>
    public void WithdrawRosterConsent(DateTime nowUtc)
    {
        RosterConsent = false;
        RosterConsentChangedAtUtc = Guard.Utc(nowUtc);
        Readiness = null;
    }

    /// <summary>
    /// Removes everything that identifies the person. Gender, nationality and the nominating State stay,
    /// unlinked from any account, because the gender statistics of past selections must not change.
    /// </summary>
    public void Erase(DateTime nowUtc)
    {
        UserId = null;
        FullName = "Erased candidate";
        CurrentPost = null;
        Education = null;
        YearsInSeniorPosts = 0;
        Languages = [];
        FieldMissions = [];
        Regions = [];
        MandateAreas = [];
        Nomination = Nomination is null ? null : Nomination with { Authority = null, NominatedOn = null };
        RosterConsent = false;
        Readiness = null;
        ErasedAtUtc = Guard.Utc(nowUtc);
    }

    public void RemoveFromRoster() => Readiness = null;
}

/// <summary>A past or current post in a field mission.</summary>
public sealed record FieldMissionExperience(string Mission, string Role, int FromYear, int? ToYear)
{
    public bool IsValid => FromYear is >= 1948 and <= 2100 && (ToYear is null || ToYear >= FromYear);
}

public enum NominationKind
{
    MemberState,
    Self,
}

/// <summary>Who put the candidate forward: a Member State (with its nominating authority), or the candidate themselves.</summary>
public sealed record Nomination(NominationKind Kind, int? NominatingStateId, string? Authority, DateOnly? NominatedOn)
{
    public static Nomination Self(DateOnly? on) => new(NominationKind.Self, null, null, on);

    public static Nomination ByMemberState(int stateId, string? authority, DateOnly? on) => new(NominationKind.MemberState, stateId, authority, on);
}

using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Candidates;

public sealed record MemberStateOption(int Id, string Name);

public sealed record LanguageRow(string? Language, LanguageLevel? Level);

public sealed record FieldMissionRow(string? Mission, string? Role, int? FromYear, int? ToYear);

/// <summary>Everything the profile form shows and takes back. Lists carry only the rows the person filled.</summary>
public sealed record ProfileData(
    string FullName,
    Gender? Gender,
    int? NationalityId,
    NominationKind? NominationKind,
    int? NominatingStateId,
    string? NominatingAuthority,
    DateOnly? NominatedOn,
    string? CurrentPost,
    int YearsInSeniorPosts,
    string? Education,
    IReadOnlyList<Region> Regions,
    IReadOnlyList<MandateArea> MandateAreas,
    IReadOnlyList<LanguageRow> Languages,
    IReadOnlyList<FieldMissionRow> FieldMissions,
    bool RosterConsent);

public sealed record ProfileView(ProfileData Data, ProfileCompleteness Completeness, IReadOnlyList<MemberStateOption> MemberStates);

/// <summary>A candidate's own profile. Every method works on the signed-in user's profile only.</summary>
public sealed class CandidateProfileService(PortalDbContext db, TimeProvider time)
{
    public async Task<ProfileView> LoadAsync(string userId, CancellationToken cancellationToken = default)
    {
        var profile = await FindOrCreateAsync(userId, cancellationToken);
        var hasCv = profile.Id != 0 && await HasCvAsync(profile.Id, cancellationToken);
        return new ProfileView(ToData(profile), ProfileCompleteness.Evaluate(profile, hasCv), await MemberStatesAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<MemberStateOption>> MemberStatesAsync(CancellationToken cancellationToken = default) =>
        await db.MemberStates.AsNoTracking().OrderBy(s => s.Name).Select(s => new MemberStateOption(s.Id, s.Name)).ToListAsync(cancellationToken);

    /// <summary>
    /// Saves the whole form. Field problems are returned keyed by field name (nothing is saved then);
    /// the form is saved in full or not at all.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, Sentence>> SaveAsync(string userId, ProfileData input, CancellationToken cancellationToken = default)
    {
        var errors = await ValidateAsync(input, cancellationToken);
        if (errors.Count > 0)
        {
            return errors;
        }

        var profile = await FindOrCreateAsync(userId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        profile.UpdatePersonalDetails(input.FullName, input.Gender, input.NationalityId);
        profile.UpdateExperience(input.CurrentPost, input.YearsInSeniorPosts, input.Education, input.Regions, input.MandateAreas);
        profile.SetLanguages(input.Languages.Select(l => new LanguageSkill(l.Language!, l.Level!.Value)));
        profile.SetFieldMissions(input.FieldMissions.Select(m => new FieldMissionExperience(m.Mission!.Trim(), m.Role!.Trim(), m.FromYear!.Value, m.ToYear)));
        switch (input.NominationKind)
        {
            case NominationKind.Self:
                profile.Nominate(Nomination.Self(input.NominatedOn));
                break;
            case NominationKind.MemberState:
                profile.Nominate(Nomination.ByMemberState(input.NominatingStateId!.Value, input.NominatingAuthority?.Trim(), input.NominatedOn));
                break;
        }

        if (input.RosterConsent && !profile.RosterConsent)
        {
            profile.GiveRosterConsent(now);
        }
        else if (!input.RosterConsent && profile.RosterConsent)
        {
            profile.WithdrawRosterConsent(now);
        }

        if (profile.Id == 0)
        {
            db.Candidates.Add(profile);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Dictionary<string, Sentence>();
    }

    private async Task<Dictionary<string, Sentence>> ValidateAsync(ProfileData input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, Sentence>();
        var stateIds = new[] { input.NationalityId, input.NominatingStateId }.OfType<int>().ToList();
        var knownStates = await db.MemberStates.Where(s => stateIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
        if (input.NationalityId is { } nationality && !knownStates.Contains(nationality))
        {
            errors["NationalityId"] = "Choose your nationality from the list.";
        }

        if (input.NominationKind == NominationKind.MemberState)
        {
            if (input.NominatingStateId is null)
            {
                errors["NominatingStateId"] = "Choose the Member State that nominates you, or choose self-nomination.";
            }
            else if (!knownStates.Contains(input.NominatingStateId.Value))
            {
                errors["NominatingStateId"] = "Choose the nominating Member State from the list.";
            }
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (input.NominatedOn is { } on && (on > today || on.Year < 1990))
        {
            errors["NominatedOn"] = "The nomination date cannot be in the future.";
        }

        if (input.YearsInSeniorPosts is < 0 or > 60)
        {
            errors["YearsInSeniorPosts"] = "Years in senior posts must be between 0 and 60.";
        }

        for (var i = 0; i < input.Languages.Count; i++)
        {
            var row = input.Languages[i];
            if (!Languages.IsKnown(row.Language))
            {
                errors[$"Languages[{i}].Language"] = "Choose a language from the list.";
            }
            else if (row.Level is null)
            {
                errors[$"Languages[{i}].Level"] = new("Choose your level in {0}.", row.Language);
            }
        }

        foreach (var duplicate in input.Languages.Select((l, i) => (l.Language, i)).GroupBy(x => x.Language).Where(g => g.Key is not null && g.Count() > 1))
        {
            errors[$"Languages[{duplicate.Last().i}].Language"] = new("{0} is listed twice.", duplicate.Key);
        }

        for (var i = 0; i < input.FieldMissions.Count; i++)
        {
            var row = input.FieldMissions[i];
            if (string.IsNullOrWhiteSpace(row.Mission))
            {
                errors[$"FieldMissions[{i}].Mission"] = "Name the mission.";
            }

            if (string.IsNullOrWhiteSpace(row.Role))
            {
                errors[$"FieldMissions[{i}].Role"] = "Give your role in the mission.";
            }

            if (row.FromYear is null || !new FieldMissionExperience("m", "r", row.FromYear.Value, row.ToYear).IsValid || row.FromYear > today.Year || row.ToYear > today.Year)
            {
                errors[$"FieldMissions[{i}].FromYear"] = "Give the years as from–to (to may be empty for a current post), not in the future.";
            }
        }

        return errors;
    }

    private async Task<CandidateProfile> FindOrCreateAsync(string userId, CancellationToken cancellationToken) =>
        await db.Candidates.SingleOrDefaultAsync(c => c.UserId == userId, cancellationToken)
        ?? new CandidateProfile(userId, await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(cancellationToken));

    private Task<bool> HasCvAsync(int candidateId, CancellationToken cancellationToken) =>
        db.CandidateDocuments.AnyAsync(d => d.CandidateId == candidateId && d.Kind == DocumentKind.Cv, cancellationToken);

    private static ProfileData ToData(CandidateProfile p) => new(
        p.FullName,
        p.Gender,
        p.NationalityId,
        p.Nomination?.Kind,
        p.Nomination?.NominatingStateId,
        p.Nomination?.Authority,
        p.Nomination?.NominatedOn,
        p.CurrentPost,
        p.YearsInSeniorPosts,
        p.Education,
        p.Regions,
        p.MandateAreas,
        p.Languages.Select(l => new LanguageRow(l.Language, l.Level)).ToList(),
        p.FieldMissions.Select(m => new FieldMissionRow(m.Mission, m.Role, m.FromYear, m.ToYear)).ToList(),
        p.RosterConsent);
}

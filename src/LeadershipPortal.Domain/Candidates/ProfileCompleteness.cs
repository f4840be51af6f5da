namespace LeadershipPortal.Domain.Candidates;

/// <summary>How complete a candidate's file is, and what is missing, in the words shown to the candidate.</summary>
public sealed record ProfileCompleteness(int Percent, IReadOnlyList<string> Missing)
{
    public bool IsComplete => Missing.Count == 0;

    /// <summary>
    /// Every item counts the same. Gender is optional and never counted: nobody is pressed to state it.
    /// </summary>
    public static ProfileCompleteness Evaluate(CandidateProfile profile, bool hasCv)
    {
        var checks = new (bool Done, string Missing)[]
        {
            (!string.IsNullOrWhiteSpace(profile.FullName), "your full name"),
            (profile.NationalityId is not null, "your nationality"),
            (profile.Languages.Count > 0, "at least one language"),
            (!string.IsNullOrWhiteSpace(profile.CurrentPost), "your current post"),
            (profile.YearsInSeniorPosts > 0, "your years in senior posts"),
            (profile.FieldMissions.Count > 0, "at least one field mission"),
            (!string.IsNullOrWhiteSpace(profile.Education), "your education"),
            (profile.Regions.Count > 0, "the regions you have worked in"),
            (profile.MandateAreas.Count > 0, "the mandate areas you have worked in"),
            (profile.Nomination is not null, "your nomination (a Member State or self-nomination)"),
            (hasCv, "your CV (PDF)"),
        };

        var done = checks.Count(c => c.Done);
        return new ProfileCompleteness(
            (int)Math.Round(100.0 * done / checks.Length, MidpointRounding.AwayFromZero),
            checks.Where(c => !c.Done).Select(c => c.Missing).ToList());
    }
}

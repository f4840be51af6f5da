namespace LeadershipPortal.Web.Identity;

/// <summary>The six roles of the access model (DESIGN.md §1–2). A person may hold several.</summary>
public static class Roles
{
    public const string Candidate = nameof(Candidate);
    public const string Assessor = nameof(Assessor);
    public const string Mentor = nameof(Mentor);
    public const string HeadOfMission = nameof(HeadOfMission);
    public const string HR = nameof(HR);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All = [Candidate, Assessor, Mentor, HeadOfMission, HR, Admin];

    /// <summary>Roles given by invitation to staff; candidates register themselves.</summary>
    public static readonly IReadOnlyList<string> Staff = [Assessor, Mentor, HeadOfMission, HR, Admin];

    public static string Describe(string role) => role switch
    {
        Candidate => "Candidate",
        Assessor => "Assessor",
        Mentor => "Mentor",
        HeadOfMission => "Head of Mission (mentee)",
        HR => "HR (senior leadership appointments)",
        Admin => "Administrator",
        _ => role,
    };
}

/// <summary>One authorisation policy per area; pages are authorised by folder against these.</summary>
public static class Policies
{
    public const string Candidate = "CandidateOnly";
    public const string Assessor = "AssessorOnly";
    public const string Mentoring = "MentorOrHeadOfMission";
    public const string Mentor = "MentorOnly";
    public const string HeadOfMission = "HeadOfMissionOnly";
    public const string HR = "HrOnly";
    public const string Admin = "AdminOnly";
    public const string HrOrAdmin = "HrOrAdmin";
}

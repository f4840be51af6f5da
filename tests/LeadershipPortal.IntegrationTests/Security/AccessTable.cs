using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Vacancies;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.IntegrationTests.Security;

/// <summary>Who may pass the authorisation layer of a page: everyone, any signed-in user, or the named roles.</summary>
public sealed record Access(bool Anonymous, IReadOnlySet<string>? Roles)
{
    public bool Admits(Principal principal) =>
        principal.Role is null ? Anonymous : Roles is null || Roles.Contains(principal.Role);

    public override string ToString() => Anonymous ? "anyone" : Roles is null ? "any signed-in user" : string.Join(", ", Roles);
}

/// <summary>A visitor of the matrix: anonymous, or one demo account holding exactly one role.</summary>
public sealed record Principal(string? Role, string? Email)
{
    public override string ToString() => Role ?? "anonymous";
}

/// <summary>
/// The declared access model (DESIGN.md §2, §4): one line per Razor Page, keyed by its route pattern as
/// routing reports it. A page the app serves without a line here fails <see cref="AccessMatrixTests"/>.
/// </summary>
public static class AccessTable
{
    public static readonly Principal[] Principals =
    [
        new(null, null),
        new(Roles.Candidate, "candidate1@portal.test"),
        new(Roles.Assessor, "assessor1@portal.test"),
        new(Roles.Mentor, "mentor1@portal.test"),
        new(Roles.HeadOfMission, "hom1@portal.test"),
        new(Roles.HR, "hr@portal.test"),
        new(Roles.Admin, "admin@portal.test"),
    ];

    private static readonly Access Anyone = new(true, null);
    private static readonly Access SignedIn = new(false, null);

    private static Access Only(params string[] roles) => new(false, roles.ToHashSet());

    public static readonly IReadOnlyDictionary<string, Access> Pages = new Dictionary<string, Access>
    {
        ["/"] = Anyone,
        ["/Admin"] = Only(Roles.Admin),
        ["/Admin/Audit"] = Only(Roles.Admin),
        ["/Admin/Frameworks"] = Only(Roles.Admin),
        ["/Admin/Frameworks/Details/{id:int}"] = Only(Roles.Admin),
        ["/Admin/Users"] = Only(Roles.Admin),
        ["/Admin/Users/Details/{id}"] = Only(Roles.Admin),
        ["/Admin/Users/Invite"] = Only(Roles.Admin),
        ["/Assess"] = Only(Roles.Assessor),
        ["/Assess/Application/{id:int}"] = Only(Roles.Assessor),
        ["/Candidate"] = Only(Roles.Candidate),
        ["/Candidate/Applications"] = Only(Roles.Candidate),
        ["/Candidate/Applications/{id:int}"] = Only(Roles.Candidate),
        ["/Candidate/Applications/{id:int}/Withdraw"] = Only(Roles.Candidate),
        ["/Candidate/Apply/{vacancyId:int}"] = Only(Roles.Candidate),
        ["/Candidate/Documents"] = Only(Roles.Candidate),
        ["/Candidate/MyData"] = Only(Roles.Candidate),
        ["/Candidate/Profile"] = Only(Roles.Candidate),
        ["/Documents/{id:int}"] = SignedIn, // owner and HR only, checked per document in the service
        ["/Dossiers/Download/{id:int}"] = Only(Roles.HR, Roles.Admin),
        ["/Error"] = Anyone,
        ["/Hr"] = Only(Roles.HR),
        ["/Hr/Dossiers"] = Only(Roles.HR),
        ["/Hr/Dossiers/Verify"] = Only(Roles.HR),
        ["/Hr/GenderBalance"] = Only(Roles.HR),
        ["/Hr/GenderBalance/Targets"] = Only(Roles.HR),
        ["/Hr/GenderBalance/States"] = Only(Roles.HR),
        ["/Hr/Mentoring"] = Only(Roles.HR),
        ["/Hr/Mentoring/Match/{menteeId:int}"] = Only(Roles.HR),
        ["/Hr/Mentoring/PairAll"] = Only(Roles.HR),
        ["/Hr/Roster"] = Only(Roles.HR),
        ["/Hr/Vacancies"] = Only(Roles.HR),
        ["/Hr/Vacancies/Edit/{id:int?}"] = Only(Roles.HR),
        ["/Hr/Vacancies/{id:int}"] = Only(Roles.HR),
        ["/Hr/Vacancies/{id:int}/Ranking"] = Only(Roles.HR),
        ["/Identity/Account/AccessDenied"] = SignedIn, // only signed-in users are ever denied; visitors are asked to sign in
        ["/Identity/Account/ConfirmEmail"] = Anyone,
        ["/Identity/Account/ConfirmEmailChange"] = Anyone,
        ["/Identity/Account/ExternalLogin"] = Anyone,
        ["/Identity/Account/ForgotPassword"] = Anyone,
        ["/Identity/Account/ForgotPasswordConfirmation"] = Anyone,
        ["/Identity/Account/Lockout"] = Anyone,
        ["/Identity/Account/Login"] = Anyone,
        ["/Identity/Account/LoginWith2fa"] = Anyone,
        ["/Identity/Account/LoginWithRecoveryCode"] = Anyone,
        ["/Identity/Account/Logout"] = Anyone,
        ["/Identity/Account/Manage"] = SignedIn,
        ["/Identity/Account/Manage/ChangePassword"] = SignedIn,
        ["/Identity/Account/Manage/DeletePersonalData"] = SignedIn,
        ["/Identity/Account/Manage/Disable2fa"] = SignedIn,
        ["/Identity/Account/Manage/DownloadPersonalData"] = SignedIn,
        ["/Identity/Account/Manage/Email"] = SignedIn,
        ["/Identity/Account/Manage/EnableAuthenticator"] = SignedIn,
        ["/Identity/Account/Manage/ExternalLogins"] = SignedIn,
        ["/Identity/Account/Manage/GenerateRecoveryCodes"] = SignedIn,
        ["/Identity/Account/Manage/PersonalData"] = SignedIn,
        ["/Identity/Account/Manage/ResetAuthenticator"] = SignedIn,
        ["/Identity/Account/Manage/SetPassword"] = SignedIn,
        ["/Identity/Account/Manage/ShowRecoveryCodes"] = SignedIn,
        ["/Identity/Account/Manage/TwoFactorAuthentication"] = SignedIn,
        ["/Identity/Account/Register"] = Anyone,
        ["/Identity/Account/RegisterConfirmation"] = Anyone,
        ["/Identity/Account/ResendEmailConfirmation"] = Anyone,
        ["/Identity/Account/ResetPassword"] = Anyone,
        ["/Identity/Account/ResetPasswordConfirmation"] = Anyone,
        ["/Identity/Error"] = Anyone,
        ["/Language"] = Anyone,
        ["/Mentoring"] = Only(Roles.Mentor, Roles.HeadOfMission),
        ["/Mentoring/Mentorship/{id:int}"] = Only(Roles.Mentor, Roles.HeadOfMission), // own mentorships only, checked in the service
        ["/Mentoring/Profile"] = Only(Roles.Mentor, Roles.HeadOfMission),
        ["/Privacy"] = Anyone,
        ["/Status/{code:int?}"] = Anyone,
        ["/Vacancies"] = Anyone,
        ["/Vacancies/Details/{id:int}"] = Anyone,
    };

    /// <summary>
    /// A concrete path for each route with parameters, using real objects the page's own role may see
    /// (so an allowed role gets the page, and a refusal can only come from the authorisation layer).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Func<SampleIds, string>> Samples = new Dictionary<string, Func<SampleIds, string>>
    {
        ["/Admin/Frameworks/Details/{id:int}"] = ids => $"/Admin/Frameworks/Details/{ids.Framework}",
        ["/Admin/Users/Details/{id}"] = ids => $"/Admin/Users/Details/{ids.Candidate44User}",
        ["/Assess/Application/{id:int}"] = ids => $"/Assess/Application/{ids.PanelApplication}",
        ["/Candidate/Applications/{id:int}"] = ids => $"/Candidate/Applications/{ids.Candidate1Application}",
        ["/Candidate/Applications/{id:int}/Withdraw"] = ids => $"/Candidate/Applications/{ids.Candidate1Application}/Withdraw",
        ["/Candidate/Apply/{vacancyId:int}"] = ids => $"/Candidate/Apply/{ids.OpenVacancy}",
        ["/Documents/{id:int}"] = ids => $"/Documents/{ids.Candidate44Document}",
        ["/Dossiers/Download/{id:int}"] = _ => "/Dossiers/Download/1", // a 404 until a dossier exists: authorisation is what is checked
        ["/Hr/Mentoring/Match/{menteeId:int}"] = ids => $"/Hr/Mentoring/Match/{ids.WaitingMentee}",
        ["/Mentoring/Mentorship/{id:int}"] = ids => $"/Mentoring/Mentorship/{ids.Mentor1Mentorship}",
        ["/Hr/Vacancies/Edit/{id:int?}"] = ids => $"/Hr/Vacancies/Edit/{ids.DraftVacancy}",
        ["/Hr/Vacancies/{id:int}"] = ids => $"/Hr/Vacancies/{ids.OpenVacancy}",
        ["/Hr/Vacancies/{id:int}/Ranking"] = ids => $"/Hr/Vacancies/{ids.OpenVacancy}/Ranking",
        ["/Status/{code:int?}"] = _ => "/Status/404",
        ["/Vacancies/Details/{id:int}"] = ids => $"/Vacancies/Details/{ids.OpenVacancy}",
    };

    public static string PathOf(string route, SampleIds ids) =>
        Samples.TryGetValue(route, out var sample) ? sample(ids) : route;
}

/// <summary>Ids of real seeded objects (and of candidate44's own document, made for these tests).</summary>
public sealed record SampleIds(
    int Framework,
    string Candidate44User,
    int Candidate44Document,
    int Candidate1Application,
    int Candidate2Application,
    int PanelApplication,
    int OpenVacancy,
    int DraftVacancy,
    int Mentor1Mentorship,
    int Mentor2Mentorship,
    int WaitingMentee)
{
    public static async Task<SampleIds> LoadAsync(PortalFactory factory)
    {
        await Arrange.GiveCvAsync(factory, "candidate44@portal.test");
        return await Arrange.QueryAsync(factory, async db =>
        {
            int ApplicationOf(string email) => (
                from a in db.Applications
                join c in db.Candidates on a.CandidateId equals c.Id
                join u in db.Users on c.UserId equals u.Id
                where u.Email == email && a.Stage != ApplicationStage.Draft
                orderby a.Id
                select a.Id).First();

            var candidate44 = await db.Users.Where(u => u.Email == "candidate44@portal.test").Select(u => u.Id).SingleAsync();
            return new SampleIds(
                Framework: await db.CompetencyFrameworks.Select(f => f.Id).FirstAsync(),
                Candidate44User: candidate44,
                Candidate44Document: await db.CandidateDocuments.Where(d => db.Candidates.Any(c => c.Id == d.CandidateId && c.UserId == candidate44)).Select(d => d.Id).FirstAsync(),
                Candidate1Application: ApplicationOf("candidate1@portal.test"),
                Candidate2Application: ApplicationOf("candidate2@portal.test"),
                PanelApplication: await db.Applications.Where(a => a.Stage == ApplicationStage.Assessment).Select(a => a.Id).FirstAsync(),
                OpenVacancy: await db.Vacancies.Where(v => v.Status == VacancyStatus.Published).Select(v => v.Id).FirstAsync(),
                DraftVacancy: await db.Vacancies.Where(v => v.Status == VacancyStatus.Draft).Select(v => v.Id).FirstAsync(),
                Mentor1Mentorship: await MentorshipOfAsync("mentor1@portal.test"),
                Mentor2Mentorship: await MentorshipOfAsync("mentor2@portal.test"),
                WaitingMentee: await (
                    from m in db.Mentees
                    join u in db.Users on m.UserId equals u.Id
                    where u.Email == "hom5@portal.test"
                    select m.Id).SingleAsync());

            Task<int> MentorshipOfAsync(string mentorEmail) => (
                from ms in db.Mentorships
                join m in db.Mentors on ms.MentorId equals m.Id
                join u in db.Users on m.UserId equals u.Id
                where u.Email == mentorEmail
                orderby ms.Id
                select ms.Id).FirstAsync();
        });
    }
}

using System.Net;
using LeadershipPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.IntegrationTests.Security;

/// <summary>
/// For every route that carries an id, someone allowed into the page asks for an object that is not theirs
/// (or does not exist): the answer is a 404 that reveals nothing, on GET and on every POST handler sent
/// with their own valid token, and the database is unchanged.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ObjectAccessTests(PortalFactory factory)
{
    /// <summary>A principal asking for someone else's object; <paramref name="Secret"/> must not appear in the answer.</summary>
    public sealed record Case(string Email, Func<SampleIds, string> Path, Func<SampleIds, PortalFactory, Task<string>>? Secret = null);

    private const string Unknown = "987654";

    public static readonly IReadOnlyDictionary<string, Case[]> Cases = new Dictionary<string, Case[]>
    {
        ["/Admin/Frameworks/Details/{id:int}"] = [new("admin@portal.test", _ => $"/Admin/Frameworks/Details/{Unknown}")],
        ["/Admin/Users/Details/{id}"] = [new("admin@portal.test", _ => "/Admin/Users/Details/no-such-user")],
        ["/Assess/Application/{id:int}"] =
        [
            new("assessor4@portal.test", ids => $"/Assess/Application/{ids.PanelApplication}", (ids, f) => CandidateNameAsync(f, ids.PanelApplication)),
            new("assessor1@portal.test", ids => $"/Assess/Application/{ids.Candidate2Application}"),
        ],
        ["/Candidate/Applications/{id:int}"] = [new("candidate45@portal.test", ids => $"/Candidate/Applications/{ids.Candidate1Application}", (ids, f) => VisionAsync(f, ids.Candidate1Application))],
        ["/Candidate/Applications/{id:int}/Withdraw"] = [new("candidate45@portal.test", ids => $"/Candidate/Applications/{ids.Candidate1Application}/Withdraw", (ids, f) => VacancyTitleOfAsync(f, ids.Candidate1Application))],
        ["/Candidate/Apply/{vacancyId:int}"] =
        [
            new("candidate44@portal.test", ids => $"/Candidate/Apply/{ids.DraftVacancy}", (ids, f) => VacancyTitleAsync(f, ids.DraftVacancy)),
            new("candidate44@portal.test", _ => $"/Candidate/Apply/{Unknown}"),
        ],
        ["/Documents/{id:int}"] =
        [
            new("candidate45@portal.test", ids => $"/Documents/{ids.Candidate44Document}"),
            new("assessor1@portal.test", ids => $"/Documents/{ids.Candidate44Document}"),
            new("mentor1@portal.test", ids => $"/Documents/{ids.Candidate44Document}"),
            new("hr@portal.test", _ => $"/Documents/{Unknown}"),
        ],
        ["/Dossiers/Download/{id:int}"] = [new("hr@portal.test", _ => $"/Dossiers/Download/{Unknown}")],
        ["/Hr/Mentoring/Match/{menteeId:int}"] = [new("hr@portal.test", _ => $"/Hr/Mentoring/Match/{Unknown}")],
        ["/Mentoring/Mentorship/{id:int}"] =
        [
            new("mentor1@portal.test", ids => $"/Mentoring/Mentorship/{ids.Mentor2Mentorship}", (ids, f) => MentorshipSummaryAsync(f, ids.Mentor2Mentorship)),
            new("hom1@portal.test", ids => $"/Mentoring/Mentorship/{ids.Mentor2Mentorship}", (ids, f) => MentorshipSummaryAsync(f, ids.Mentor2Mentorship)),
            new("mentor1@portal.test", _ => $"/Mentoring/Mentorship/{Unknown}"),
        ],
        ["/Hr/Vacancies/Edit/{id:int?}"] = [new("hr@portal.test", _ => $"/Hr/Vacancies/Edit/{Unknown}")],
        ["/Hr/Vacancies/{id:int}"] = [new("hr@portal.test", _ => $"/Hr/Vacancies/{Unknown}")],
        ["/Hr/Vacancies/{id:int}/Ranking"] = [new("hr@portal.test", _ => $"/Hr/Vacancies/{Unknown}/Ranking")],
        ["/Vacancies/Details/{id:int}"] = [new("candidate45@portal.test", ids => $"/Vacancies/Details/{ids.DraftVacancy}", (ids, f) => VacancyTitleAsync(f, ids.DraftVacancy))],
    };

    /// <summary>Id-bearing routes whose parameter is not an object of anyone.</summary>
    private static readonly IReadOnlyDictionary<string, string> NotObjects = new Dictionary<string, string>
    {
        ["/Status/{code:int?}"] = "the parameter is an HTTP status code",
    };

    [Fact]
    public async Task Every_id_bearing_route_has_an_object_level_case()
    {
        var pages = await PageEndpoints.ListAsync(factory);

        var missing = pages.Where(p => p.HasParameters && !Cases.ContainsKey(p.Route) && !NotObjects.ContainsKey(p.Route))
            .Select(p => $"Add to ObjectAccessTests.Cases:   [\"{p.Route}\"] = [new(\"<an account allowed into the page>\", ids => $\"<a path with an id that is not theirs>\")],");
        var stale = Cases.Keys.Concat(NotObjects.Keys).Where(r => pages.All(p => p.Route != r)).Select(r => $"Remove \"{r}\" from ObjectAccessTests (no such page).");
        var problems = missing.Concat(stale).ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Another_users_or_an_unknown_object_is_not_found_reveals_nothing_and_cannot_be_changed()
    {
        var ids = await SampleIds.LoadAsync(factory);
        var pages = (await PageEndpoints.ListAsync(factory)).ToDictionary(p => p.Route);
        var clients = new Dictionary<string, (HttpClient Client, string Token)>();
        var failures = new List<string>();
        var before = await DatabaseFingerprint.TakeSettledAsync(factory);

        foreach (var (route, cases) in Cases)
        {
            foreach (var @case in cases)
            {
                if (!clients.TryGetValue(@case.Email, out var session))
                {
                    var principal = new Principal("signed-in", @case.Email);
                    var client = await AccessMatrixTests.ClientForAsync(factory, principal);
                    session = clients[@case.Email] = (client, await AccessMatrixTests.AntiforgeryTokenAsync(client, principal));
                }

                var path = @case.Path(ids);
                var secret = @case.Secret is null ? null : await @case.Secret(ids, factory);
                await ExpectNotFoundAsync($"GET {path} as {@case.Email}", await session.Client.GetAsync(path));
                foreach (var handler in pages[route].PostHandlers)
                {
                    var url = PageEndpoint.HandlerUrl(path, handler);
                    var form = new FormUrlEncodedContent(new Dictionary<string, string> { [Antiforgery.FieldName] = session.Token });
                    await ExpectNotFoundAsync($"POST {url} as {@case.Email}", await session.Client.PostAsync(url, form));
                }

                async Task ExpectNotFoundAsync(string request, HttpResponseMessage response)
                {
                    var body = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode != HttpStatusCode.NotFound)
                    {
                        failures.Add($"{request}: expected 404, got {(int)response.StatusCode} {response.Headers.Location}");
                    }
                    else if (secret is not null && body.Contains(secret, StringComparison.Ordinal))
                    {
                        failures.Add($"{request}: the 404 page shows \"{secret}\"");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeSettledAsync(factory)));
    }

    private static Task<string> VisionAsync(PortalFactory factory, int applicationId) =>
        Arrange.QueryAsync(factory, async db => (await db.Applications.FindAsync(applicationId))!.Statement![..40]);

    private static Task<string> VacancyTitleOfAsync(PortalFactory factory, int applicationId) =>
        Arrange.QueryAsync(factory, async db => await VacancyTitleAsync(factory, (await db.Applications.FindAsync(applicationId))!.VacancyId));

    private static Task<string> VacancyTitleAsync(PortalFactory factory, int vacancyId) =>
        Arrange.QueryAsync(factory, async db => (await db.Vacancies.FindAsync(vacancyId))!.Title);

    /// <summary>The start of the latest shared session summary of a mentorship: text only its pair may read.</summary>
    private static Task<string> MentorshipSummaryAsync(PortalFactory factory, int mentorshipId) =>
        Arrange.QueryAsync(factory, async db => (await db.MentoringSessions
            .Where(s => s.MentorshipId == mentorshipId && s.SharedSummary != null)
            .OrderByDescending(s => s.Id)
            .Select(s => s.SharedSummary!)
            .FirstAsync())[..30]);

    private static Task<string> CandidateNameAsync(PortalFactory factory, int applicationId) =>
        Arrange.QueryAsync(factory, async db =>
        {
            var application = (await db.Applications.FindAsync(applicationId))!;
            return (await db.Candidates.FindAsync(application.CandidateId))!.FullName;
        });
}

using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Data.Seeding;

namespace LeadershipPortal.IntegrationTests;

/// <summary>Each role's dashboard shows what waits for that person, and nothing of anyone else's.</summary>
[Collection(PortalCollection.Name)]
public sealed class DashboardTests(PortalFactory factory)
{
    private static readonly SeedFiles Seeds = SeedFiles.NextToApp();

    [Fact]
    public async Task A_candidate_sees_their_own_applications_with_their_stages()
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("candidate1@portal.test");

        var page = await client.GetDocumentAsync("/Candidate");

        var mine = Seeds.Applications().Where(a => a.Candidate == "candidate1@portal.test").ToList();
        var rows = page.QuerySelectorAll("tbody tr");
        Assert.Equal(mine.Count, rows.Length);
        var stages = page.QuerySelectorAll("tbody [data-stage]").Select(b => b.GetAttribute("data-stage")!).Order().ToList();
        Assert.Equal(mine.Select(a => a.Stage.ToString()).Order().ToList(), stages);
    }

    [Fact]
    public async Task An_assessor_sees_waiting_applications_by_candidate_code_at_blind_stages()
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("assessor1@portal.test");

        var page = await client.GetDocumentAsync("/Assess");

        var waiting = int.Parse(page.QuerySelector(".dashboard-figure")!.FirstChild!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(waiting >= 3, $"assessor1 has applications waiting; the page says {waiting}.");
        var blindRows = page.QuerySelectorAll("tbody tr").Where(r => r.QuerySelector("[data-stage=Assessment], [data-stage=Screening]") is not null).ToList();
        Assert.NotEmpty(blindRows);
        Assert.All(blindRows, r => Assert.Matches("^C-[A-Z2-9]{6}$", r.QuerySelector("td")!.TextContent.Trim()));

        // No candidate's name appears anywhere on a page of blind-stage work.
        var html = page.DocumentElement.OuterHtml;
        var blindCandidates = Seeds.Applications()
            .Where(a => a.Stage is Domain.Applications.ApplicationStage.Assessment or Domain.Applications.ApplicationStage.Screening)
            .Select(a => a.Candidate).ToHashSet();
        Assert.All(Seeds.Candidates().Where(c => blindCandidates.Contains(c.Email)), c => Assert.DoesNotContain(c.FullName, html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_mentor_sees_their_mentee_and_the_mentee_sees_their_mentor()
    {
        var people = Seeds.People();
        var hom1 = people.HeadsOfMission.Single(h => h.Email == "hom1@portal.test").DisplayName;
        var mentor1 = people.Mentors.Single(m => m.Email == "mentor1@portal.test").DisplayName;

        var mentor = factory.CreatePortalClient();
        await mentor.SignInOrFailAsync("mentor1@portal.test");
        var mentorPage = await mentor.GetDocumentAsync("/Mentoring");
        Assert.Contains(hom1, mentorPage.QuerySelector("#h-mentees")!.ParentElement!.TextContent, StringComparison.Ordinal);

        var mentee = factory.CreatePortalClient();
        await mentee.SignInOrFailAsync("hom1@portal.test");
        var menteePage = await mentee.GetDocumentAsync("/Mentoring");
        var section = menteePage.QuerySelector("#h-mentor")!.ParentElement!.TextContent;
        Assert.Contains(mentor1, section, StringComparison.Ordinal);
        Assert.Null(menteePage.QuerySelector("#h-mentees"));
    }

    [Fact]
    public async Task Hr_sees_every_vacancy_pipeline_and_the_heads_of_mission_waiting_for_a_mentor()
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("hr@portal.test");

        var page = await client.GetDocumentAsync("/Hr");

        // Other tests add vacancies and submit applications to the shared database: compare with it, not the seed files.
        var vacancies = await Arrange.QueryAsync(factory, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Vacancies));
        var submitted = await Arrange.QueryAsync(factory, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Applications, a => a.Stage == Domain.Applications.ApplicationStage.Submitted));
        Assert.True(Seeds.Vacancies().Count <= vacancies);
        Assert.Equal(vacancies, page.QuerySelectorAll("tbody tr").Length);
        var figures = page.QuerySelectorAll(".dashboard-figure").Select(f => int.Parse(f.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(submitted, figures[0]);
        Assert.True(figures[1] >= 2, "hom5 and hom6 wait for a mentor.");
        var links = page.QuerySelectorAll("main a[href]").Select(l => l.GetAttribute("href")).ToList();
        foreach (var tool in new[] { "/Hr/Vacancies", "/Hr/Roster", "/Hr/GenderBalance", "/Hr/Mentoring", "/Hr/Dossiers" })
        {
            Assert.Contains(tool, links);
        }
    }

    [Fact]
    public async Task An_admin_sees_an_intact_audit_chain_and_accounts_per_role()
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("admin@portal.test");

        var page = await client.GetDocumentAsync("/Admin");

        Assert.Contains("Intact", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(6, page.QuerySelectorAll("#h-roles + .table-responsive tbody tr").Length);
    }
}

using System.Net;
using LeadershipPortal.Domain.Vacancies;
using LeadershipPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class HrVacancyTests(PortalFactory factory)
{
    [Fact]
    public async Task Hr_creates_a_vacancy_whose_weights_must_sum_to_100_then_publishes_and_closes_it()
    {
        var client = await HrAsync();
        var form = await client.GetDocumentAsync("/Hr/Vacancies/Edit");
        var weights = form.QuerySelectorAll("input[name$='].Weight']").Select(i => i.GetAttribute("name")!).Take(3).ToList();
        var values = new Dictionary<string, string>
        {
            ["Input.Key"] = "UNMISS-DHOM-2027",
            ["Input.Title"] = "Deputy Special Representative, UNMISS",
            ["Input.Grade"] = "ASG",
            [weights[0]] = "40",
            [weights[1]] = "30",
            [weights[2]] = "20",
        };
        SelectByText(form, "#Input_MissionId", "UNMISS");
        SelectByText(form, "#Input_PositionTypeId", "Deputy Head of Mission");

        var refused = await client.SubmitAsync(form, "#vacancy-form", values);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = await HtmlPages.ParseAsync(refused);
        Assert.Equal("Competency weights must sum to 100; they sum to 90.", refusedPage.QuerySelector("[data-valmsg-for='Input.Competencies']")!.TextContent);
        Assert.False(await Arrange.QueryAsync(factory, db => db.Vacancies.AnyAsync(v => v.Key == "UNMISS-DHOM-2027")));

        values[weights[2]] = "30";
        var saved = await client.SubmitAsync(form, "#vacancy-form", values);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var detailsUrl = saved.Headers.Location!.OriginalString;
        var vacancy = await Arrange.QueryAsync(factory, db => db.Vacancies.Include(v => v.Competencies).SingleAsync(v => v.Key == "UNMISS-DHOM-2027"));
        Assert.Equal(VacancyStatus.Draft, vacancy.Status);
        Assert.Equal([40, 30, 30], vacancy.Competencies.Select(c => c.Weight).OrderDescending());

        var details = await client.GetDocumentAsync(detailsUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(details, "form[action*='handler=Publish']")).StatusCode);
        var publicList = await factory.CreatePortalClient().GetDocumentAsync("/Vacancies");
        Assert.Contains("Deputy Special Representative, UNMISS", publicList.QuerySelector("table")!.TextContent, StringComparison.Ordinal);

        details = await client.GetDocumentAsync(detailsUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(details, "form[action*='handler=Close']")).StatusCode);
        publicList = await factory.CreatePortalClient().GetDocumentAsync("/Vacancies");
        Assert.DoesNotContain("Deputy Special Representative, UNMISS", publicList.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(await Arrange.QueryAsync(factory, db => db.AuditEvents.AnyAsync(e => e.Action == "VacancyPublished" && e.Details == "UNMISS-DHOM-2027")));
    }

    [Fact]
    public async Task A_grade_the_post_is_not_filled_at_is_refused_with_a_message()
    {
        var client = await HrAsync();
        var form = await client.GetDocumentAsync("/Hr/Vacancies/Edit");
        var weight = form.QuerySelector("input[name$='].Weight']")!.GetAttribute("name")!;
        SelectByText(form, "#Input_PositionTypeId", "Police Commissioner");

        var response = await client.SubmitAsync(form, "#vacancy-form", new Dictionary<string, string>
        {
            ["Input.Key"] = "UNMISS-PC-2031",
            ["Input.Title"] = "Police Commissioner, UNMISS",
            ["Input.Grade"] = "USG",
            [weight] = "100",
        });

        var page = await HtmlPages.ParseAsync(response);
        Assert.Equal("A Police Commissioner post is filled at D2.", page.QuerySelector("[data-valmsg-for='Input.Grade']")!.TextContent);
    }

    [Fact]
    public async Task A_panel_warns_until_it_has_three_assessors_of_mixed_gender_and_each_assigned_assessor_is_emailed()
    {
        var client = await HrAsync();
        var id = await Arrange.VacancyIdAsync(factory, "MINURSO-FC-2026");
        var details = await client.GetDocumentAsync($"/Hr/Vacancies/{id}");
        var before = details.QuerySelectorAll(".panel-warning").Select(w => w.TextContent).ToList();
        var members = details.QuerySelectorAll("#panel tbody tr").Length;

        var options = details.QuerySelectorAll("#AssessorId option").Select(o => (Value: o.GetAttribute("value")!, Text: o.TextContent)).ToList();
        foreach (var option in options.Take(Math.Max(0, 4 - members)))
        {
            details = await client.GetDocumentAsync($"/Hr/Vacancies/{id}");
            ((AngleSharp.Html.Dom.IHtmlSelectElement)details.QuerySelector("#AssessorId")!).Value = option.Value;
            Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(details, "#assign-form")).StatusCode);
        }

        var after = await client.GetDocumentAsync($"/Hr/Vacancies/{id}");
        Assert.True(after.QuerySelectorAll("#panel tbody tr").Length >= 3);
        Assert.DoesNotContain(after.QuerySelectorAll(".panel-warning"), w => w.TextContent.Contains("at least 3", StringComparison.Ordinal));
        Assert.True(before.Count > 0 || members >= 3);
        var assigned = options.Take(Math.Max(0, 4 - members)).Select(o => o.Text.Split(" — ")[0]).ToList();
        var addresses = await Arrange.QueryAsync(factory, db => db.Users.Where(u => assigned.Contains(u.DisplayName)).Select(u => u.Email!).ToListAsync());
        Assert.All(addresses, address => Assert.Contains(Mailbox.For(factory, address), m => m.Subject!.StartsWith("You are on the assessment panel", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_single_gender_panel_is_flagged()
    {
        var warnings = LeadershipPortal.Web.Features.Vacancies.PanelAdministration.Warnings(
        [
            new("1", "A", Domain.Common.Gender.Man, "Ghana", 0),
            new("2", "B", Domain.Common.Gender.Man, "Peru", 0),
            new("3", "C", Domain.Common.Gender.Man, "Nepal", 0),
        ]);

        Assert.Equal(["Every assessor on the panel is a man: the panel should be diverse in gender."], warnings);
    }

    [Fact]
    public async Task A_closed_vacancy_cannot_be_edited()
    {
        var client = await HrAsync();
        var id = await Arrange.VacancyIdAsync(factory, "MINUSCA-HOM-2026");
        var form = await client.GetDocumentAsync($"/Hr/Vacancies/Edit/{id}");
        Assert.Null(form.QuerySelector("#vacancy-form button[type=submit]"));

        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var response = await client.PostAsync($"/Hr/Vacancies/Edit/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Key"] = "MINUSCA-HOM-2026",
            ["Input.Title"] = "Renamed",
            ["Input.MinimumYears"] = "1",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPages.ParseAsync(response);
        Assert.Contains("closed", page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(1, await Arrange.QueryAsync(factory, db => db.Vacancies.Where(v => v.Id == id).Select(v => v.Needs.MinimumYearsInSeniorPosts).SingleAsync()));
    }

    [Fact]
    public async Task Assessors_and_candidates_cannot_enter_vacancy_administration()
    {
        foreach (var email in new[] { "assessor1@portal.test", "candidate1@portal.test" })
        {
            var client = factory.CreatePortalClient();
            await client.SignInOrFailAsync(email);
            var response = await client.GetAsync("/Hr/Vacancies/Edit");
            Assert.StartsWith("/Identity/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_ranking_is_hr_only_and_an_unknown_vacancy_is_not_found()
    {
        var hr = await HrAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await hr.GetAsync("/Hr/Vacancies/987654/Ranking")).StatusCode);
        var id = await Arrange.VacancyIdAsync(factory, "UNMISS-FC-2026");
        var ranking = await hr.GetDocumentAsync($"/Hr/Vacancies/{id}/Ranking");
        var ranks = ranking.QuerySelectorAll("#ranking tbody tr td:nth-child(2)").Select(td => td.TextContent).Where(t => t != "—").Select(int.Parse).ToList();
        Assert.Equal(Enumerable.Range(1, ranks.Count), ranks);
        Assert.Contains("if equal, the higher raw panel mean", ranking.QuerySelector("#tie-breakers")!.TextContent, StringComparison.Ordinal);

        var assessor = factory.CreatePortalClient();
        await assessor.SignInOrFailAsync("assessor1@portal.test");
        Assert.StartsWith("/Identity/Account/AccessDenied", (await assessor.GetAsync($"/Hr/Vacancies/{id}/Ranking")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rows_mission_fit_opens_its_breakdown_above_the_table_keeping_the_order()
    {
        var hr = await HrAsync();
        var id = await Arrange.VacancyIdAsync(factory, "UNMISS-FC-2026");
        var byName = await hr.GetDocumentAsync($"/Hr/Vacancies/{id}/Ranking?sort=name");
        Assert.Null(byName.QuerySelector("#application"));
        var row = byName.QuerySelector("#ranking tbody tr")!;
        var fit = row.QuerySelector("a.fit-link")!;
        Assert.Contains("sort=name", fit.GetAttribute("href"), StringComparison.Ordinal);

        var opened = await hr.GetDocumentAsync(fit.GetAttribute("href")!);
        var panel = opened.QuerySelector("#application")!;
        Assert.Contains(row.QuerySelector("label")!.TextContent, panel.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{fit.TextContent} of 100", panel.TextContent, StringComparison.Ordinal);
        var parts = panel.QuerySelectorAll("#fit-breakdown li").Select(li => li.TextContent).ToList();
        Assert.Equal(4, parts.Count);
        Assert.StartsWith("Languages: ", parts[0], StringComparison.Ordinal);
        Assert.StartsWith("Years in senior posts: ", parts[3], StringComparison.Ordinal);

        // The order stays as chosen, and closing the panel keeps it too.
        Assert.Equal(
            byName.QuerySelectorAll("#ranking tbody tr").Select(r => r.GetAttribute("data-application")),
            opened.QuerySelectorAll("#ranking tbody tr").Select(r => r.GetAttribute("data-application")));
        Assert.Contains("sort=name", opened.QuerySelector("#close-application")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    private async Task<HttpClient> HrAsync()
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("hr@portal.test");
        return client;
    }

    private static void SelectByText(AngleSharp.Html.Dom.IHtmlDocument page, string selector, string startsWith)
    {
        var select = (AngleSharp.Html.Dom.IHtmlSelectElement)page.QuerySelector(selector)!;
        select.Value = select.Options.First(o => o.Text.StartsWith(startsWith, StringComparison.Ordinal)).Value;
    }
}

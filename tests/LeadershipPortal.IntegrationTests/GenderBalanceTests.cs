using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.GenderBalance;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Features.GenderBalance;
using LeadershipPortal.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class GenderBalanceTests(PortalFactory factory)
{
    private const string Page = "/Hr/GenderBalance";

    [Theory]
    [InlineData("/Hr/GenderBalance")]
    [InlineData("/Hr/GenderBalance?handler=Csv&table=funnel")]
    [InlineData("/Hr/GenderBalance/Targets")]
    public async Task Only_HR_may_see_gender_balance(string path)
    {
        var anonymous = await factory.CreatePortalClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        foreach (var email in new[] { "candidate1@portal.test", "assessor1@portal.test", "mentor1@portal.test", "admin@portal.test" })
        {
            var client = factory.CreatePortalClient();
            await client.SignInOrFailAsync(email);
            var refused = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/Identity/Account/AccessDenied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        var hr = await HrAsync();
        Assert.Equal(HttpStatusCode.OK, (await hr.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task The_hr_dashboard_links_to_gender_balance()
    {
        var dashboard = await (await HrAsync()).GetDocumentAsync("/Hr");

        Assert.NotNull(dashboard.QuerySelector("a[href='/Hr/GenderBalance']"));
    }

    [Fact]
    public async Task The_cached_pickers_follow_the_chosen_filter_the_language_and_a_new_vacancy()
    {
        var hr = await HrAsync();
        static List<string> Keys(IHtmlDocument page) =>
            page.QuerySelectorAll("#filter-VacancyId-value option").Select(o => o.TextContent).ToList();
        static string? Selected(IHtmlDocument page, string filter) =>
            page.QuerySelector($"#filter-{filter}-value option[selected]")?.GetAttribute("value");

        var before = await hr.GetDocumentAsync(Page);
        Assert.Null(Selected(before, "Grade"));
        Assert.Equal("D2", Selected(await hr.GetDocumentAsync($"{Page}?Grade=D2"), "Grade"));
        Assert.Null(Selected(await hr.GetDocumentAsync(Page), "Grade"));

        var (frenchEmail, _) = await TestUsers.CreateAsync(factory, "picker-fr", Roles.HR);
        var french = factory.CreatePortalClient();
        await french.SignInOrFailAsync(frenchEmail);
        await french.ChooseLanguageAsync("fr");
        Assert.Equal("Afficher", (await french.GetDocumentAsync(Page)).QuerySelector("#filter-Grade button")!.TextContent.Trim());
        Assert.Equal("Show", (await hr.GetDocumentAsync(Page)).QuerySelector("#filter-Grade button")!.TextContent.Trim());

        // A new vacancy renews the data stamps, so the pickers are made again with it.
        await SelectionJourneyTests.CreatePublishedVacancyWithPanelAsync(factory, hr, "PICKER-COS-2027", "Chief of Staff (picker)", ["assessor1@portal.test", "assessor2@portal.test", "assessor3@portal.test"]);
        var after = Keys(await hr.GetDocumentAsync(Page));
        Assert.DoesNotContain("PICKER-COS-2027", Keys(before));
        Assert.Contains("PICKER-COS-2027", after);
    }

    [Fact]
    public async Task The_nav_bar_links_to_gender_balance_for_hr_only()
    {
        var page = await (await HrAsync()).GetDocumentAsync("/Vacancies");
        Assert.Equal("/Hr/GenderBalance", page.QuerySelector("nav a#nav-gender-balance")!.GetAttribute("href"));

        foreach (var email in new[] { "admin@portal.test", "candidate1@portal.test", "assessor1@portal.test" })
        {
            var client = factory.CreatePortalClient();
            await client.SignInOrFailAsync(email);
            Assert.Null((await client.GetDocumentAsync("/Vacancies")).QuerySelector("#nav-gender-balance"));
        }
    }

    [Fact]
    public async Task Worked_example_the_funnel_of_a_finished_vacancy()
    {
        // MINUSCA-HOM-2026 (closed, from the seed files): applied 4 women, 6 men, 1 not stated; screened in 3 and 5;
        // assessed 3 and 3; interviewed 2 and 2; one woman shortlisted, recommended and appointed.
        var id = await Arrange.VacancyIdAsync(factory, "MINUSCA-HOM-2026");
        var funnel = (await factory.Services.CreateScope().ServiceProvider.GetRequiredService<GenderFunnelQuery>().ForVacancyAsync(id))!;
        Assert.Equal(new GenderCounts(4, 6, 0, 1), funnel[ApplicationStage.Submitted].Counts);
        Assert.Equal(new GenderCounts(3, 5, 0, 0), funnel[ApplicationStage.Screening].Counts);
        Assert.Equal(new GenderCounts(3, 3, 0, 0), funnel[ApplicationStage.Assessment].Counts);
        Assert.Equal(new GenderCounts(2, 2, 0, 0), funnel[ApplicationStage.Interview].Counts);
        Assert.Equal(new GenderCounts(1, 0, 0, 0), funnel[ApplicationStage.Appointed].Counts);

        // Published across views: the 6 men are withheld beside the small cells (the vacancy's siblings in its mission,
        // position type and grade could otherwise be subtracted); the one appointment reads "<5" throughout.
        var page = await (await HrAsync()).GetDocumentAsync($"{Page}?VacancyId={id}");
        Assert.Equal(new[] { "<5", "hidden", "<5", "<5", "hidden", "withheld" }, FunnelRow(page, ApplicationStage.Submitted));
        Assert.Equal(new[] { "<5", "<5", "<5", "<5", "<5", "withheld" }, FunnelRow(page, ApplicationStage.Appointed));

        // Every move rests on a small cell: no rate is published.
        Assert.All(page.QuerySelectorAll("#adverse-impact tbody tr"), r => Assert.Contains("Withheld", r.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_funnel_and_adverse_impact_match_an_independent_count_of_the_stage_history()
    {
        var expected = await ExpectedFunnelAsync();
        var page = await (await HrAsync()).GetDocumentAsync(Page);

        foreach (var stage in ApplicationStages.Funnel)
        {
            var row = FunnelRow(page, stage);
            var counts = expected[stage];
            for (var g = 0; g < 4; g++)
            {
                AssertPublished(counts[GenderGroups.All[g]], row[g]);
            }

            AssertPublished(counts.Total, row[4]);
        }

        // Applied → screened in: both groups are large enough in the demo data for a published rate.
        var before = expected[ApplicationStage.Submitted];
        var after = expected[ApplicationStage.Screening];
        var impact = new AdverseImpact(before.Women, after.Women, before.Men, after.Men);
        var cells = page.QuerySelector($"#adverse-impact tr[data-stage='{ApplicationStage.Screening}']")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(impact.WomenRate!.Value.ToString("0.00", CultureInfo.InvariantCulture), cells[0]);
        Assert.Equal(impact.MenRate!.Value.ToString("0.00", CultureInfo.InvariantCulture), cells[1]);
        Assert.Equal(impact.Ratio!.Value.ToString("0.00", CultureInfo.InvariantCulture), cells[2]);
        Assert.Equal(impact.IsAdverse, cells[3].Contains("Below 0.8", StringComparison.Ordinal));
        Assert.Equal(FisherExactTest.TwoSidedPValue(after.Women, before.Women - after.Women, after.Men, before.Men - after.Men).ToString("0.0000", CultureInfo.InvariantCulture), cells[4]);
    }

    [Fact]
    public async Task Suppression_holds_through_every_filter_and_every_csv()
    {
        var hr = await HrAsync();
        var urls = await EveryViewAsync(hr);
        Assert.True(urls.Count > 40, $"Only {urls.Count} filters were tried.");
        Assert.Contains(urls, u => u.Contains("Quarter=", StringComparison.Ordinal));
        foreach (var url in urls)
        {
            var page = await hr.GetDocumentAsync(url);
            Assert.Null(page.QuerySelector("#filter-errors"));
            Assert.NotNull(page.QuerySelector("#gender-funnel"));

            // No count of 1–4 people appears as a number anywhere a count is published.
            foreach (var cell in page.QuerySelectorAll("td[data-state]"))
            {
                Assert.False(int.TryParse(cell.TextContent.Trim(), out var n) && n is > 0 and < 5, $"{url}: a count of {n} is shown.");
            }

            // The nominating States have their own page, for all applications only (a State is itself a filter).
            var states = url == Page ? await hr.GetDocumentAsync($"{Page}/States") : null;
            foreach (var cell in states?.QuerySelectorAll("td[data-state]").ToList() ?? [])
            {
                Assert.False(int.TryParse(cell.TextContent.Trim(), out var n) && n is > 0 and < 5, $"{Page}/States: a count of {n} is shown.");
            }

            // Rows with their totals; the States (with the self-nominated) and the quarters add up to the funnel's rows.
            AssertProtected(TableRows(page, "#gender-funnel tbody tr"), url);
            var applied = FunnelRow(page, ApplicationStage.Submitted).Take(5).ToList();
            AssertProtected(TableRows(states ?? page, "#states tbody tr"), url, parent: applied);
            AssertProtected(TableRows(states ?? page, "#states tbody tr", skip: 6, take: 2).Select(r => r.Append("0").Append("0").Append("0").ToList()).ToList(), url + " (reached)", parent: [FunnelRow(page, ApplicationStage.Shortlisted)[4], FunnelRow(page, ApplicationStage.Appointed)[4], "0", "0", "0"], rowTotals: false);
            foreach (var (series, stage) in new[] { ("Applicants", ApplicationStage.Submitted), ("Shortlisted", ApplicationStage.Shortlisted), ("Appointed", ApplicationStage.Appointed) })
            {
                AssertProtected(TableRows(page, $"#trend tbody tr[data-series='{series}']", skip: 1), url, parent: FunnelRow(page, stage).Take(5).ToList());
            }

            // Every CSV carries published cells only; the funnel's are exactly the page's.
            var query = url.Contains('?', StringComparison.Ordinal) ? url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..] + "&" : string.Empty;
            var funnelCsv = await CsvAsync(hr, $"{Page}?{query}handler=Csv&table=funnel");
            Assert.Equal(TableRows(page, "#gender-funnel tbody tr", take: 6), funnelCsv.Skip(1).Select(r => r.Skip(1).ToList()).ToList());
            var statesCsv = await CsvAsync(hr, $"{Page}?{query}handler=Csv&table=states");
            Assert.Equal(TableRows(states ?? page, "#states tbody tr"), statesCsv.Skip(1).Select(r => r.Skip(1).Take(5).ToList()).ToList());
            var trendCsv = await CsvAsync(hr, $"{Page}?{query}handler=Csv&table=trend");
            foreach (var series in new[] { "Applicants", "Shortlisted", "Appointed" })
            {
                Assert.Equal(TableRows(page, $"#trend tbody tr[data-series='{series}']", skip: 1), trendCsv.Skip(1).Where(r => r[0] == series).Select(r => r.Skip(2).Take(5).ToList()).ToList());
            }

            var targetsCsv = await CsvAsync(hr, $"{Page}?{query}handler=Csv&table=targets");
            foreach (var row in statesCsv.Skip(1).Select(r => r.Skip(1).Take(5).Concat(r.Skip(7).Take(2))).Concat(targetsCsv.Skip(1).Select(r => r.Skip(3).Take(2).Append(r[8]))))
            {
                Assert.DoesNotContain(row, c => int.TryParse(c, out var n) && n is > 0 and < 5);
            }
        }
    }

    [Fact]
    public async Task A_view_of_one_mission_is_the_same_cells_as_in_the_publication_of_every_view()
    {
        // The vacancy dossier, the page and its CSV publish the same cells for a vacancy.
        var id = await Arrange.VacancyIdAsync(factory, "MINUSCA-HOM-2026");
        var page = await (await HrAsync()).GetDocumentAsync($"{Page}?VacancyId={id}");
        var funnel = (await factory.Services.CreateScope().ServiceProvider.GetRequiredService<GenderFunnelQuery>().ForVacancyAsync(id))!;

        foreach (var stage in funnel.Stages)
        {
            Assert.Equal(stage.Published.Groups.Append(stage.Published.Total).Select(c => c.Display), FunnelRow(page, stage.Stage).Take(5));
        }
    }

    [Fact]
    public async Task The_nominating_states_and_the_trend_are_shown_for_all_applications_only()
    {
        var hr = await HrAsync();
        var all = await hr.GetDocumentAsync(Page);
        Assert.NotNull(all.QuerySelector("#states-link"));
        Assert.NotEmpty((await hr.GetDocumentAsync($"{Page}/States")).QuerySelectorAll("#states tbody tr"));
        Assert.NotEmpty(all.QuerySelectorAll("#trend tbody tr"));

        var id = await Arrange.VacancyIdAsync(factory, "MINUSCA-HOM-2026");
        var one = await hr.GetDocumentAsync($"{Page}?VacancyId={id}");
        Assert.Null(one.QuerySelector("#states-link"));
        Assert.Empty(one.QuerySelectorAll("#trend tbody tr"));
        Assert.NotNull(one.QuerySelector("#states-overall-only"));
        Assert.NotNull(one.QuerySelector("#trend-overall-only"));
        Assert.Single(await CsvAsync(hr, $"{Page}?VacancyId={id}&handler=Csv&table=states"));
    }

    [Fact]
    public async Task Every_csv_table_downloads_with_its_header()
    {
        var hr = await HrAsync();
        foreach (var (table, header) in new[] { ("funnel", "Stage"), ("impact", "From"), ("states", "Nominating State"), ("trend", "Series"), ("targets", "Scope") })
        {
            var response = await hr.GetAsync($"{Page}?handler=Csv&table={table}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
            Assert.Contains($"gender-balance-{table}.csv", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
            var rows = await CsvAsync(hr, $"{Page}?handler=Csv&table={table}");
            Assert.Equal(header, rows[0][0]);
            Assert.True(rows.Count > 1, $"The {table} export has no rows.");
        }
    }

    [Theory]
    [InlineData("VacancyId=999999", "There is no vacancy with the id 999999.")]
    [InlineData("MissionId=999999", "There is no mission with the id 999999.")]
    [InlineData("PositionTypeId=999999", "There is no position type with the id 999999.")]
    [InlineData("NominatingStateId=999999", "There is no Member State with the id 999999.")]
    [InlineData("Quarter=2031-Q1", "No applications were submitted in 2031 Q1: choose a quarter from the list.")]
    [InlineData("Quarter=2026-Q5", "The quarter “2026-Q5” cannot be read")]
    [InlineData("Quarter=last%20spring", "The quarter “last spring” cannot be read")]
    [InlineData("Grade=USG&Region=Africa", "Choose one filter at a time: 2 were chosen together.")]
    [InlineData("MissionId=1&Quarter=2026-Q1&NominatingStateId=1", "Choose one filter at a time: 3 were chosen together.")]
    [InlineData("Region=99", "cannot be read: 99")]
    [InlineData("VacancyId=abc", "cannot be read: abc")]
    [InlineData("Region=Mars", "cannot be read: Mars")]
    public async Task Bad_filters_give_a_clear_message_never_a_failure(string query, string message)
    {
        var hr = await HrAsync();

        var page = await hr.GetDocumentAsync($"{Page}?{query}");

        Assert.Contains(message, page.QuerySelector("#filter-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#gender-funnel"));
        var csv = await hr.GetAsync($"{Page}?{query}&handler=Csv&table=funnel");
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
    }

    [Fact]
    public async Task An_unknown_csv_table_is_a_bad_request()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await (await HrAsync()).GetAsync($"{Page}?handler=Csv&table=people")).StatusCode);
    }

    [Fact]
    public async Task Worked_example_the_seeded_monusco_target_and_its_forecast()
    {
        // MONUSCO: 50 % by 31 Dec 2027. No appointment yet; three vacancies without one close before the deadline
        // (MONUSCO-DHOM, -HOM and -PC), so ⌈50 % × 3⌉ = 2 must go to women.
        var page = await (await HrAsync()).GetDocumentAsync(Page);
        var row = page.QuerySelectorAll("#targets tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Mission MONUSCO");
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();

        Assert.Equal("50 %", cells[0]);
        Assert.Equal("31 Dec 2027", cells[1]);
        Assert.Equal(new[] { "0", "0" }, cells.Skip(2).Take(2));
        Assert.Contains("Not reportable", cells[4], StringComparison.Ordinal);
        Assert.Equal("2 of 3", cells[5]);
    }

    [Fact]
    public async Task A_view_filtered_by_mission_is_compared_with_the_mission_target()
    {
        var monusco = await Arrange.QueryAsync(factory, db => db.Missions.Where(m => m.Code == "MONUSCO").Select(m => m.Id).SingleAsync());
        var page = await (await HrAsync()).GetDocumentAsync($"{Page}?MissionId={monusco}");

        var attainment = page.QuerySelector("#view-attainment")!;
        Assert.Contains("Mission MONUSCO", attainment.TextContent, StringComparison.Ordinal);
        Assert.Equal("NotReportable", attainment.QuerySelector(".attainment")!.GetAttribute("data-status"));

        var all = await (await HrAsync()).GetDocumentAsync(Page);
        Assert.Contains("All senior posts", all.QuerySelector("#view-attainment")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hr_sets_a_target_sees_its_forecast_and_removes_it()
    {
        var hr = await HrAsync();
        var unmik = await Arrange.QueryAsync(factory, db => db.Missions.Where(m => m.Code == "UNMIK").Select(m => m.Id).SingleAsync());
        var deadline = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var form = await hr.GetDocumentAsync($"{Page}/Targets");

        var response = await hr.SubmitAsync(form, "#target-form", new Dictionary<string, string>
        {
            ["Input.Scope"] = "Mission",
            ["Input.MissionId"] = unmik.ToString(CultureInfo.InvariantCulture),
            ["Input.SharePercent"] = "40",
            ["Input.Deadline"] = deadline,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        try
        {
            // UNMIK: one vacancy (UNMIK-DMS-2026) closes within the year with nobody appointed: ⌈40 % × 1⌉ = 1.
            var page = await hr.GetDocumentAsync(Page);
            var row = page.QuerySelectorAll("#targets tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Mission UNMIK");
            Assert.Equal("1 of 1", row.QuerySelector("[data-forecast]")!.TextContent.Trim());
            Assert.True(await Arrange.QueryAsync(factory, db => db.AuditEvents.AnyAsync(e => e.Action == "GenderTargetSet")));

            var again = await hr.SubmitAsync(await hr.GetDocumentAsync($"{Page}/Targets"), "#target-form", new Dictionary<string, string>
            {
                ["Input.Scope"] = "Mission",
                ["Input.MissionId"] = unmik.ToString(CultureInfo.InvariantCulture),
                ["Input.SharePercent"] = "45",
                ["Input.Deadline"] = deadline,
            });
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Contains("already a target for this scope", (await HtmlPages.ParseAsync(again)).QuerySelector("#target-form")!.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            var list = await hr.GetDocumentAsync($"{Page}/Targets");
            var id = list.QuerySelectorAll("#target-list tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Mission UNMIK").GetAttribute("data-target-id");

            // Removal asks first: the list only links to a confirmation, which holds the one form that removes.
            Assert.Null(list.QuerySelector($"#delete-target-{id}"));
            var confirm = await hr.GetDocumentAsync(list.QuerySelector<IHtmlAnchorElement>($"#remove-target-{id}")!.PathName + list.QuerySelector<IHtmlAnchorElement>($"#remove-target-{id}")!.Search);
            Assert.Contains("Remove the target for Mission UNMIK?", confirm.QuerySelector("#confirm-remove")!.TextContent, StringComparison.Ordinal);
            var removed = await hr.SubmitAsync(confirm, $"#delete-target-{id}");
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
            Assert.True(await Arrange.QueryAsync(factory, db => db.AuditEvents.AnyAsync(e => e.Action == "GenderTargetRemoved" && e.EntityId == id)));
        }

        Assert.False(await Arrange.QueryAsync(factory, db => db.GenderTargets.AnyAsync(t => t.ScopeId == unmik && t.Scope == TargetScope.Mission)));
    }

    [Theory]
    [InlineData("AllSeniorPosts", "", "101", "+1", "The share of women is a percentage from 0 to 100.")]
    [InlineData("AllSeniorPosts", "", "-5", "+1", "The share of women is a percentage from 0 to 100.")]
    [InlineData("AllSeniorPosts", "", "", "+1", "Give the share of women sought, from 0 to 100 %.")]
    [InlineData("AllSeniorPosts", "", "50", "", "Give the deadline by which the target is to be met.")]
    [InlineData("PositionType", "", "50", "+1", "Choose the position type the target covers.")]
    [InlineData("Mission", "", "50", "-1", "Choose the mission the target covers.")]
    public async Task Invalid_targets_are_refused_with_a_message(string scope, string positionTypeId, string percent, string deadline, string message)
    {
        var hr = await HrAsync();
        var before = await Arrange.QueryAsync(factory, db => db.GenderTargets.CountAsync());
        var form = await hr.GetDocumentAsync($"{Page}/Targets");

        var response = await hr.SubmitAsync(form, "#target-form", new Dictionary<string, string>
        {
            ["Input.Scope"] = scope,
            ["Input.PositionTypeId"] = positionTypeId,
            ["Input.SharePercent"] = percent,
            ["Input.Deadline"] = deadline.Length == 0 ? string.Empty : DateTime.UtcNow.AddYears(int.Parse(deadline, CultureInfo.InvariantCulture)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await HtmlPages.ParseAsync(response)).QuerySelector("#target-form")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await Arrange.QueryAsync(factory, db => db.GenderTargets.CountAsync()));
    }

    [Fact]
    public async Task A_deadline_in_the_past_is_refused()
    {
        var hr = await HrAsync();
        var headOfMission = await Arrange.QueryAsync(factory, db => db.PositionTypes.Where(p => p.Code == "HOM").Select(p => p.Id).SingleAsync());

        var response = await hr.SubmitAsync(await hr.GetDocumentAsync($"{Page}/Targets"), "#target-form", new Dictionary<string, string>
        {
            ["Input.Scope"] = "PositionType",
            ["Input.PositionTypeId"] = headOfMission.ToString(CultureInfo.InvariantCulture),
            ["Input.SharePercent"] = "50",
            ["Input.Deadline"] = "2020-01-01",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The deadline must be in the future.", (await HtmlPages.ParseAsync(response)).QuerySelector("#target-form")!.TextContent, StringComparison.Ordinal);
        Assert.False(await Arrange.QueryAsync(factory, db => db.GenderTargets.AnyAsync(t => t.Scope == TargetScope.PositionType && t.ScopeId == headOfMission)));
    }

    [Fact]
    public async Task Hr_changes_a_target_and_the_change_is_audited()
    {
        var hr = await HrAsync();
        var unmis = await Arrange.QueryAsync(factory, db => db.Missions.Where(m => m.Code == "UNMISS").Select(m => m.Id).SingleAsync());
        var deadline = DateTime.UtcNow.AddYears(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var created = await hr.SubmitAsync(await hr.GetDocumentAsync($"{Page}/Targets"), "#target-form", new Dictionary<string, string>
        {
            ["Input.Scope"] = "Mission",
            ["Input.MissionId"] = unmis.ToString(CultureInfo.InvariantCulture),
            ["Input.SharePercent"] = "30",
            ["Input.Deadline"] = deadline,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await Arrange.QueryAsync(factory, db => db.GenderTargets.Where(t => t.Scope == TargetScope.Mission && t.ScopeId == unmis).Select(t => t.Id).SingleAsync());
        try
        {
            var edit = await hr.GetDocumentAsync($"{Page}/Targets?edit={id}");
            Assert.Equal("30", edit.QuerySelector<IHtmlInputElement>("#edit-target-form input[name='Change.SharePercent']")!.Value);

            // Refused: out of range, no deadline, a deadline in the past; nothing changes and the message is on the page.
            foreach (var (share, date, message) in new[]
            {
                ("101", deadline, "The share of women is a percentage from 0 to 100."),
                ("-1", deadline, "The share of women is a percentage from 0 to 100."),
                ("40", string.Empty, "Give the deadline by which the target is to be met."),
                (string.Empty, deadline, "Give the share of women sought, from 0 to 100 %."),
                ("40", "2020-01-01", "The deadline must be in the future."),
            })
            {
                var refused = await hr.SubmitAsync(edit, "#edit-target-form", new Dictionary<string, string> { ["Change.SharePercent"] = share, ["Change.Deadline"] = date });
                Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
                Assert.Contains(message, (await HtmlPages.ParseAsync(refused)).QuerySelector("#edit-target-form")!.TextContent, StringComparison.Ordinal);
                Assert.Equal(30, await Arrange.QueryAsync(factory, db => db.GenderTargets.Where(t => t.Id == id).Select(t => t.SharePercent).SingleAsync()));
            }

            var later = DateTime.UtcNow.AddYears(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var saved = await hr.SubmitAsync(edit, "#edit-target-form", new Dictionary<string, string> { ["Change.SharePercent"] = "45", ["Change.Deadline"] = later });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var row = (await hr.GetDocumentAsync($"{Page}/Targets")).QuerySelector($"#target-list tr[data-target-id='{id}']")!;
            Assert.Equal("45 %", row.QuerySelector("td")!.TextContent.Trim());
            var audit = await Arrange.QueryAsync(factory, db => db.AuditEvents.Where(e => e.Action == "GenderTargetChanged" && e.EntityId == id.ToString(CultureInfo.InvariantCulture)).Select(e => e.Details).ToListAsync());
            Assert.Contains(audit, d => d.Contains("30%", StringComparison.Ordinal) && d.Contains("45%", StringComparison.Ordinal));
        }
        finally
        {
            var confirm = await hr.GetDocumentAsync($"{Page}/Targets?remove={id}");
            Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync(confirm, $"#delete-target-{id}")).StatusCode);
        }
    }

    [Theory]
    [InlineData("?edit=999999")]
    [InlineData("?remove=999999")]
    public async Task Changing_or_removing_an_unknown_target_is_not_found(string query)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await (await HrAsync()).GetAsync($"{Page}/Targets{query}")).StatusCode);
    }

    [Fact]
    public async Task Removing_an_unknown_target_is_not_found()
    {
        var hr = await HrAsync();
        var list = await hr.GetDocumentAsync($"{Page}/Targets");
        var token = list.QuerySelector("#target-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var response = await hr.PostAsync($"{Page}/Targets?handler=Delete&id=999999", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_page_loads_chart_js_from_the_site_and_keeps_chart_data_out_of_inline_script()
    {
        var hr = await HrAsync();
        var page = await hr.GetDocumentAsync(Page);

        var scripts = page.QuerySelectorAll("script").ToList();
        // Static assets are fingerprinted (chart.umd.min.<hash>.js); both files come from this site.
        var sources = scripts.Select(s => s.GetAttribute("src")).OfType<string>().ToList();
        var chart = Assert.Single(sources, s => s.StartsWith("/lib/chart.js/chart.umd.min.", StringComparison.Ordinal));
        var code = Assert.Single(sources, s => s.StartsWith("/js/gender-balance.", StringComparison.Ordinal));
        Assert.All(scripts.Where(s => s.GetAttribute("src") is null), s => Assert.Equal("application/json", s.GetAttribute("type")));
        Assert.Equal(HttpStatusCode.OK, (await hr.GetAsync(chart)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hr.GetAsync(code)).StatusCode);
        Assert.NotNull(page.QuerySelector("canvas#funnel-chart[role='img'][aria-label]"));
    }

    private async Task<HttpClient> HrAsync()
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("hr@portal.test");
        return client;
    }

    /// <summary>The page and every view its filter forms offer (each form submits its one filter).</summary>
    private static async Task<List<string>> EveryViewAsync(HttpClient hr)
    {
        var start = await hr.GetDocumentAsync(Page);
        var urls = new List<string> { Page };
        foreach (var select in start.QuerySelectorAll<IHtmlSelectElement>("#gender-filter form select"))
        {
            urls.AddRange(select.Options.Select(o => o.Value).Where(v => v.Length > 0).Select(v => $"{Page}?{select.Name}={Uri.EscapeDataString(v)}"));
        }

        return urls;
    }

    private static List<string> FunnelRow(IHtmlDocument page, ApplicationStage stage) =>
        page.QuerySelector($"#gender-funnel tr[data-stage='{stage}']")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();

    /// <summary>The td cells of the rows a selector finds, a slice of them.</summary>
    private static List<List<string>> TableRows(IHtmlDocument page, string rowSelector, int skip = 0, int take = 5) =>
        page.QuerySelectorAll(rowSelector).Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).Skip(skip).Take(take).ToList()).ToList();

    /// <summary>
    /// Rows of [women, men, another, not stated, total] as published: no count 1–4 is shown, and no line (a row with a
    /// shown total, or a column of rows adding up to a published <paramref name="parent"/> row) has exactly one
    /// withheld cell, so no total minus shown cells gives one back.
    /// </summary>
    private static void AssertProtected(List<List<string>> rows, string where, List<string>? parent = null, bool rowTotals = true)
    {
        foreach (var row in rows)
        {
            Assert.True(row.Count == 5, $"{where}: a row has {row.Count} cells.");
            Assert.DoesNotContain(row, c => int.TryParse(c, out var n) && n is > 0 and < 5);
            Assert.All(row, c => Assert.True(c is "<5" or "hidden" || int.TryParse(c, out _), $"{where}: unexpected cell {c}"));
            if (rowTotals && int.TryParse(row[4], out _))
            {
                Assert.True(row.Take(4).Count(c => !int.TryParse(c, out _)) != 1, $"{where}: one withheld cell beside a shown total: {string.Join(", ", row)}");
            }
        }

        if (parent is not null && rows.Count > 0)
        {
            for (var c = 0; c < 5; c++)
            {
                var line = rows.Select(r => r[c]).Append(parent[c]).ToList();
                Assert.True(line.Count(x => !int.TryParse(x, out _)) != 1, $"{where}: column {c} and its total have one withheld cell: {string.Join(", ", line)}.");
                if (line.All(x => int.TryParse(x, out _)))
                {
                    Assert.Equal(int.Parse(parent[c], CultureInfo.InvariantCulture), rows.Sum(r => int.Parse(r[c], CultureInfo.InvariantCulture)));
                }
            }
        }
    }

    private static void AssertPublished(int value, string shown)
    {
        if (value is > 0 and < 5)
        {
            Assert.Equal("<5", shown);
        }
        else if (int.TryParse(shown, out var n))
        {
            Assert.Equal(value, n);
        }
        else
        {
            Assert.True(shown is "hidden" or "<5", $"Expected {value}, or a withheld mark, not {shown}.");
            Assert.True(shown == "hidden" ? value >= 5 : value < 5, $"{value} is marked {shown}.");
        }
    }

    /// <summary>The funnel counted in memory from every submitted application's history (the page counts it in SQL).</summary>
    private async Task<Dictionary<ApplicationStage, GenderCounts>> ExpectedFunnelAsync()
    {
        var reached = await Arrange.QueryAsync(factory, db => (
            from h in db.StageChanges
            join a in db.Applications on h.ApplicationId equals a.Id
            join c in db.Candidates on a.CandidateId equals c.Id
            where a.SubmittedAtUtc != null
            select new { h.To, c.Gender }).ToListAsync());
        return ApplicationStages.Funnel.ToDictionary(s => s, s => GenderCounts.From(reached.Where(r => r.To == s).Select(r => (r.Gender, 1))));
    }

    private static async Task<List<List<string>>> CsvAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(ParseCsvLine).ToList();
    }

    private static List<string> ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(ch);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}

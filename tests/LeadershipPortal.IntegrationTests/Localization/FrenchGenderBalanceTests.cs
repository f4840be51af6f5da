using LeadershipPortal.IntegrationTests.Infrastructure;

namespace LeadershipPortal.IntegrationTests.Localization;

/// <summary>The gender balance page in French: forecasts, target scopes, withheld figures and quarters are French too.</summary>
[Collection(PortalCollection.Name)]
public sealed class FrenchGenderBalanceTests(PortalFactory factory)
{
    [Fact]
    public async Task The_seeded_targets_and_their_forecasts_read_in_french()
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("hr@portal.test");
        await client.ChooseLanguageAsync("fr");
        var page = await client.GetDocumentAsync("/Hr/GenderBalance");

        var rows = page.QuerySelectorAll("#targets tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("[data-forecast]")!.TextContent.Trim());
        Assert.Equal("2 sur 3", rows["Mission MONUSCO"]);
        Assert.Contains("Tous les postes de direction", rows.Keys);
        Assert.Contains("Commandant(e) de la force", rows.Keys);
        Assert.All(rows.Values, forecast => Assert.DoesNotContain(" of ", forecast, StringComparison.Ordinal));
        Assert.Contains("Tous les postes de direction", page.QuerySelector("#view-attainment")!.TextContent, StringComparison.Ordinal);

        var cells = page.QuerySelectorAll("main td[data-state]").Select(td => (State: td.GetAttribute("data-state"), Text: td.TextContent.Trim())).ToList();
        Assert.DoesNotContain(cells, c => c.Text == "hidden");
        Assert.All(cells.Where(c => c.State == "Hidden"), c => Assert.Equal("masqué", c.Text));
        Assert.All(page.QuerySelectorAll("#trend tbody th"), th => Assert.Matches(@"^T[1-4] \d{4}$", th.TextContent));
        Assert.NotEmpty(page.QuerySelectorAll("#trend tbody th"));
        Assert.DoesNotContain(page.QuerySelectorAll("#filter-Quarter-value option"), o => o.TextContent.Contains('Q', StringComparison.Ordinal));

        await client.ChooseLanguageAsync("en");
        var english = await client.GetDocumentAsync("/Hr/GenderBalance");
        Assert.Equal("2 of 3", english.QuerySelectorAll("#targets tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Mission MONUSCO").QuerySelector("[data-forecast]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_quarter_without_applications_is_named_in_french_in_the_message()
    {
        var (email, _) = await TestUsers.CreateAsync(factory, "fr-quarter", LeadershipPortal.Web.Identity.Roles.HR);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        await client.ChooseLanguageAsync("fr");

        var page = await client.GetDocumentAsync("/Hr/GenderBalance?Quarter=2031-Q1");

        Assert.Equal("Aucune candidature n’a été déposée au T1 2031 : choisissez un trimestre dans la liste.", page.QuerySelector("#filter-errors li")!.TextContent.Trim());
    }
}

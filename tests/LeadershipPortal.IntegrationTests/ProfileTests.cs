using System.Net;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class ProfileTests(PortalFactory factory)
{
    [Fact]
    public async Task A_new_candidate_sees_how_complete_their_profile_is_and_what_is_missing()
    {
        var client = await RegisterAsync("profile.new@example.org");

        var page = await client.GetDocumentAsync("/Candidate/Profile");

        Assert.Contains("% complete", page.QuerySelector("#h-completeness")!.TextContent, StringComparison.Ordinal);
        var missing = page.QuerySelectorAll("#missing li").Select(li => li.TextContent).ToList();
        Assert.Contains("your nationality", missing);
        Assert.Contains("your CV (PDF)", missing);
        Assert.Contains("assessors never see it", page.QuerySelector("#gender-note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_the_profile_keeps_every_field_and_raises_completeness()
    {
        var client = await RegisterAsync("profile.full@example.org");
        var page = await client.GetDocumentAsync("/Candidate/Profile");
        var ghana = page.QuerySelectorAll("#Input_NationalityId option").Single(o => o.TextContent == "Ghana").GetAttribute("value")!;
        page.SetCheckboxes("#profile-form", "Input.Regions", ["Africa", "MiddleEast"]);
        page.SetCheckboxes("#profile-form", "Input.MandateAreas", ["ProtectionOfCivilians"]);

        var response = await client.SubmitAsync(page, "#profile-form", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Abena Owusu",
            ["Input.NationalityId"] = ghana,
            ["Input.NominatingStateId"] = ghana,
            ["Input.NominatingAuthority"] = "Permanent Mission of Ghana",
            ["Input.NominatedOn"] = "2026-02-01",
            ["Input.CurrentPost"] = "Deputy Special Representative, UNMISS",
            ["Input.YearsInSeniorPosts"] = "11",
            ["Input.Education"] = "LL.M., University of Ghana",
            ["Input.Languages[0].Language"] = "English",
            ["Input.Languages[0].Level"] = "Native",
            ["Input.Languages[1].Language"] = "French",
            ["Input.Languages[1].Level"] = "Working",
            ["Input.FieldMissions[0].Mission"] = "UNMISS",
            ["Input.FieldMissions[0].Role"] = "DSRSG",
            ["Input.FieldMissions[0].FromYear"] = "2021",
            ["Input.RosterConsent"] = "true",
        }.Concat(Radio(page, "Input.Gender", "Woman")).Concat(Radio(page, "Input.NominationKind", "MemberState")).ToDictionary());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await Arrange.QueryAsync(factory, db => db.Candidates.SingleAsync(c => db.Users.Any(u => u.Id == c.UserId && u.Email == "profile.full@example.org")));
        Assert.Equal("Abena Owusu", saved.FullName);
        Assert.Equal(Domain.Common.Gender.Woman, saved.Gender);
        Assert.Equal(NominationKind.MemberState, saved.Nomination!.Kind);
        Assert.Equal(new DateOnly(2026, 2, 1), saved.Nomination.NominatedOn);
        Assert.Equal(["English", "French"], saved.Languages.Select(l => l.Language));
        Assert.Equal([Domain.Common.Region.Africa, Domain.Common.Region.MiddleEast], saved.Regions);
        Assert.Equal(2021, saved.FieldMissions.Single().FromYear);
        Assert.True(saved.RosterConsent);

        var after = await client.GetDocumentAsync("/Candidate/Profile");
        Assert.Contains("91% complete", after.QuerySelector("#h-completeness")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["your CV (PDF)"], after.QuerySelectorAll("#missing li").Select(li => li.TextContent));
    }

    [Fact]
    public async Task Each_wrong_field_gets_its_own_message_and_nothing_is_saved()
    {
        var client = await RegisterAsync("profile.wrong@example.org");
        var page = await client.GetDocumentAsync("/Candidate/Profile");

        var response = await client.SubmitAsync(page, "#profile-form", new Dictionary<string, string>
        {
            ["Input.FullName"] = "",
            ["Input.CurrentPost"] = "Should not be saved",
            ["Input.YearsInSeniorPosts"] = "75",
            ["Input.Languages[0].Language"] = "French",
            ["Input.FieldMissions[0].Mission"] = "MONUSCO",
            ["Input.FieldMissions[0].Role"] = "Head of Office",
            ["Input.FieldMissions[0].FromYear"] = "2031",
        }.Concat(Radio(page, "Input.NominationKind", "MemberState")).ToDictionary());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await HtmlPages.ParseAsync(response);
        string Message(string field) => result.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent.Trim();
        Assert.Equal("Enter your full name.", Message("Input.FullName"));
        Assert.Equal("Years in senior posts must be between 0 and 60.", Message("Input.YearsInSeniorPosts"));
        var saved = await Arrange.QueryAsync(factory, db => db.Candidates.SingleAsync(c => db.Users.Any(u => u.Id == c.UserId && u.Email == "profile.wrong@example.org")));
        Assert.Null(saved.CurrentPost);
    }

    [Fact]
    public async Task The_service_refuses_rows_it_cannot_trust_with_field_messages()
    {
        var client = await RegisterAsync("profile.rows@example.org");
        var page = await client.GetDocumentAsync("/Candidate/Profile");

        var response = await client.SubmitAsync(page, "#profile-form", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Row Tester",
            ["Input.Languages[0].Language"] = "French",
            ["Input.FieldMissions[0].Mission"] = "MONUSCO",
            ["Input.FieldMissions[0].Role"] = "Head of Office",
            ["Input.FieldMissions[0].FromYear"] = "2031",
        }.Concat(Radio(page, "Input.NominationKind", "MemberState")).ToDictionary());

        var result = await HtmlPages.ParseAsync(response);
        string Message(string field) => result.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent.Trim();
        Assert.Equal("Choose your level in French.", Message("Input.Languages[0].Level"));
        Assert.Equal("Choose the Member State that nominates you, or choose self-nomination.", Message("Input.NominatingStateId"));
        Assert.StartsWith("Give the years as from–to", Message("Input.FieldMissions[0].FromYear"), StringComparison.Ordinal);
        var saved = await Arrange.QueryAsync(factory, db => db.Candidates.SingleAsync(c => db.Users.Any(u => u.Id == c.UserId && u.Email == "profile.rows@example.org")));
        Assert.Empty(saved.Languages);
        Assert.Equal("New Candidate", saved.FullName);
    }

    [Fact]
    public async Task Withdrawing_roster_consent_is_saved()
    {
        var client = await RegisterAsync("profile.roster@example.org");
        var page = await client.GetDocumentAsync("/Candidate/Profile");
        await client.SubmitAsync(page, "#profile-form", new Dictionary<string, string> { ["Input.FullName"] = "Roster Person", ["Input.RosterConsent"] = "true" });

        page = await client.GetDocumentAsync("/Candidate/Profile");
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#roster-consent")!).IsChecked);
        await client.SubmitAsync(page, "#profile-form", new Dictionary<string, string> { ["Input.RosterConsent"] = "false" });

        var saved = await Arrange.QueryAsync(factory, db => db.Candidates.SingleAsync(c => db.Users.Any(u => u.Id == c.UserId && u.Email == "profile.roster@example.org")));
        Assert.False(saved.RosterConsent);
        Assert.NotNull(saved.RosterConsentChangedAtUtc);
    }

    private async Task<HttpClient> RegisterAsync(string email)
    {
        var client = factory.CreatePortalClient();
        var page = await client.GetDocumentAsync("/Identity/Account/Register");
        var response = await client.SubmitAsync(page, "form#registerForm", new Dictionary<string, string>
        {
            ["Input.FullName"] = "New Candidate",
            ["Input.Email"] = email,
            ["Input.Password"] = "a long passphrase",
            ["Input.ConfirmPassword"] = "a long passphrase",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    // Radio buttons share a name; choose one by value.
    private static Dictionary<string, string> Radio(AngleSharp.Html.Dom.IHtmlDocument page, string name, string value)
    {
        foreach (var radio in page.QuerySelectorAll($"input[type=radio][name='{name}']").OfType<AngleSharp.Html.Dom.IHtmlInputElement>())
        {
            radio.IsChecked = radio.Value == value;
        }

        return [];
    }
}

using System.Net;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Identity;

namespace LeadershipPortal.IntegrationTests.Localization;

/// <summary>
/// The Identity UI pages the app made its own last (email change, recovery codes, personal data, the account menu),
/// used in French; emails they send are in the account holder's language, whatever the page's language.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class FrenchIdentityPagesTests(PortalFactory factory)
{
    private const string Manage = "/Identity/Account/Manage";

    [Fact]
    public async Task The_email_change_link_reaches_a_french_reader_in_french_from_an_english_page()
    {
        var (email, id) = await TestUsers.CreateAsync(factory, "fr-reader-email", Roles.Candidate);
        await TestUsers.UpdateAsync(factory, id, u => u.PreferredLanguage = "fr");
        var newEmail = $"fr-changed-{Guid.NewGuid():N}@example.org";
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);

        var page = await client.GetDocumentAsync($"{Manage}/Email");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(page, "#email-form", new Dictionary<string, string> { ["Input.NewEmail"] = newEmail }, "#change-email-button")).StatusCode);

        var message = Assert.Single(Mailbox.For(factory, newEmail));
        Assert.Equal("Confirmez votre nouvelle adresse électronique", message.Subject);
        Assert.Contains("en <a href=\"https://localhost/Identity/Account/ConfirmEmailChange?", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("suivant ce lien</a>. D’ici là, vous vous connectez avec votre adresse actuelle.", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_reader_gets_the_email_change_link_in_english_from_a_french_page()
    {
        var (email, id) = await TestUsers.CreateAsync(factory, "en-reader-email", Roles.Candidate);
        var newEmail = $"en-changed-{Guid.NewGuid():N}@example.org";
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        await client.ChooseLanguageAsync("fr");
        await TestUsers.UpdateAsync(factory, id, u => u.PreferredLanguage = "en"); // the switch made the account French; its holder reads English again

        var page = await client.GetDocumentAsync($"{Manage}/Email");
        Assert.Equal("Adresse électronique", page.QuerySelector("main h3")!.TextContent);
        Assert.Equal("Changer d’adresse électronique", page.QuerySelector("#change-email-button")!.TextContent);
        var sent = await client.SubmitAsync(page, "#email-form", new Dictionary<string, string> { ["Input.NewEmail"] = newEmail }, "#change-email-button");
        var after = await client.GetDocumentAsync(sent.Headers.Location!.OriginalString);
        Assert.StartsWith("Un lien de confirmation a été envoyé à votre nouvelle adresse électronique.", after.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);

        Assert.Equal("Confirm your new email address", Assert.Single(Mailbox.For(factory, newEmail)).Subject);
    }

    [Fact]
    public async Task Recovery_codes_the_account_menu_and_personal_data_speak_french()
    {
        var (email, _) = await TestUsers.CreateAsync(factory, "fr-recovery", Roles.Candidate);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        await client.ChooseLanguageAsync("fr");
        var setup = await client.GetDocumentAsync($"{Manage}/EnableAuthenticator");
        var key = setup.QuerySelector("#shared-key")!.TextContent;
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(setup, "form#send-code", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, factory.Clock.GetUtcNow()) })).StatusCode);

        var generate = await client.GetDocumentAsync($"{Manage}/GenerateRecoveryCodes");
        Assert.Equal("Générer des codes de récupération", generate.QuerySelector("main h3")!.TextContent);
        Assert.Equal(["Profil", "Adresse électronique", "Mot de passe", "Authentification à deux facteurs", "Données personnelles"],
            generate.QuerySelectorAll("main .nav-pills a").Select(a => a.TextContent));
        var generated = await client.SubmitAsync(generate, "#generate-recovery-codes");
        var shown = await client.GetDocumentAsync(generated.Headers.Location!.OriginalString);
        Assert.Equal("Codes de récupération", shown.QuerySelector("main h3")!.TextContent);
        Assert.Equal("Vous avez généré de nouveaux codes de récupération.", shown.QuerySelector("main [role=status]")!.TextContent);
        Assert.Equal(10, shown.QuerySelectorAll("#recovery-codes code").Length);

        var personal = await client.GetDocumentAsync($"{Manage}/PersonalData");
        Assert.Equal("Données personnelles", personal.QuerySelector("main h3")!.TextContent);
        Assert.Equal("Accéder à mes données", personal.QuerySelector("#my-data")!.TextContent);
    }
}

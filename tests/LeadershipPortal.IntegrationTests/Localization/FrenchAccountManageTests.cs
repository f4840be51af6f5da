using System.Net;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Identity;

namespace LeadershipPortal.IntegrationTests.Localization;

/// <summary>The account pages overridden from the Identity UI, used through their real forms in French.</summary>
[Collection(PortalCollection.Name)]
public sealed class FrenchAccountManageTests(PortalFactory factory)
{
    private const string NewPassword = "Nouveau!Passe2031";

    [Fact]
    public async Task Changing_the_password_in_french_says_so_in_french_and_only_the_new_password_signs_in()
    {
        var (email, _) = await TestUsers.CreateAsync(factory, "fr-change-password", Roles.Candidate);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        await client.ChooseLanguageAsync("fr");
        var form = await client.GetDocumentAsync("/Identity/Account/Manage/ChangePassword");
        Assert.Equal("Modifier le mot de passe", form.QuerySelector("main h3")!.TextContent);

        var refused = await HtmlPages.ParseAsync(await client.SubmitAsync(form, "#change-password-form", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = "Pas!LeBon2031x",
            ["Input.NewPassword"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        }));
        Assert.Equal("Mot de passe incorrect.", refused.QuerySelector("#change-password-form [role=alert] li")!.TextContent);

        var changed = await client.SubmitAsync(form, "#change-password-form", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = Accounts.DemoPassword,
            ["Input.NewPassword"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var after = await client.GetDocumentAsync(changed.Headers.Location!.OriginalString);
        Assert.Equal("Votre mot de passe a été modifié.", after.QuerySelector("main [role=status]")!.TextContent);

        Assert.Equal(HttpStatusCode.OK, (await factory.CreatePortalClient().SignInAsync(email)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreatePortalClient().SignInAsync(email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task Saving_the_profile_in_french_keeps_the_phone_number_and_says_so_in_french()
    {
        var (email, id) = await TestUsers.CreateAsync(factory, "fr-profile", Roles.Candidate);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        await client.ChooseLanguageAsync("fr");
        var form = await client.GetDocumentAsync("/Identity/Account/Manage");
        Assert.Equal(email, form.QuerySelector("#Username")!.GetAttribute("value"));

        var saved = await client.SubmitAsync(form, "#profile-form", new Dictionary<string, string> { ["Input.PhoneNumber"] = "+41 22 917 12 34" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await client.GetDocumentAsync(saved.Headers.Location!.OriginalString);
        Assert.Equal("Votre profil a été mis à jour.", after.QuerySelector("main [role=status]")!.TextContent);
        Assert.Equal("+41 22 917 12 34", after.QuerySelector("#Input_PhoneNumber")!.GetAttribute("value"));
        Assert.Equal("+41 22 917 12 34", await Arrange.QueryAsync(factory, db => Task.FromResult(db.Users.Single(u => u.Id == id).PhoneNumber)));
    }

    [Fact]
    public async Task A_remembered_browser_is_forgotten_in_french_and_the_next_sign_in_asks_for_the_code_again()
    {
        var (email, _) = await TestUsers.CreateAsync(factory, "fr-forget-browser", Roles.Candidate);
        var setupClient = factory.CreatePortalClient();
        await setupClient.SignInOrFailAsync(email);
        var setup = await setupClient.GetDocumentAsync("/Identity/Account/Manage/EnableAuthenticator");
        var key = setup.QuerySelector("#shared-key")!.TextContent;
        var enabled = await setupClient.SubmitAsync(setup, "form#send-code", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, factory.Clock.GetUtcNow()) });
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);

        var client = factory.CreatePortalClient();
        await client.ChooseLanguageAsync("fr");
        var afterPassword = await client.SignInAsync(email);
        var second = await client.GetDocumentAsync(afterPassword.Headers.Location!.OriginalString);
        var signedIn = await client.SubmitAsync(second, "main form[method='post']", new Dictionary<string, string>
        {
            ["Input.TwoFactorCode"] = Totp.Code(key, factory.Clock.GetUtcNow().AddSeconds(30)),
            ["Input.RememberMachine"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var overview = await client.GetDocumentAsync("/Identity/Account/Manage/TwoFactorAuthentication");
        Assert.Equal("Authentification à deux facteurs", overview.QuerySelector("main h3")!.TextContent);
        Assert.Equal("Oublier ce navigateur", overview.QuerySelector("#forget-browser button")!.TextContent);
        var forgotten = await client.SubmitAsync(overview, "#forget-browser");
        Assert.Equal(HttpStatusCode.Redirect, forgotten.StatusCode);
        var after = await client.GetDocumentAsync(forgotten.Headers.Location!.OriginalString);
        Assert.StartsWith("Ce navigateur a été oublié.", after.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector("#forget-browser"));
    }

    [Fact]
    public async Task Two_factor_is_disabled_in_french_and_a_page_without_it_sends_back_to_the_overview()
    {
        var (email, id) = await TestUsers.CreateAsync(factory, "fr-disable-2fa", Roles.Candidate);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        await client.ChooseLanguageAsync("fr");
        var before = await client.GetAsync("/Identity/Account/Manage/Disable2fa");
        Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);

        var setup = await client.GetDocumentAsync("/Identity/Account/Manage/EnableAuthenticator");
        var key = setup.QuerySelector("#shared-key")!.TextContent;
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(setup, "form#send-code", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, factory.Clock.GetUtcNow()) })).StatusCode);

        var page = await client.GetDocumentAsync("/Identity/Account/Manage/Disable2fa");
        Assert.Equal("Désactiver l’authentification à deux facteurs", page.QuerySelector("main h3")!.TextContent);
        var disabled = await client.SubmitAsync(page, "#disable-2fa");
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        var after = await client.GetDocumentAsync(disabled.Headers.Location!.OriginalString);
        Assert.StartsWith("L’authentification à deux facteurs a été désactivée.", after.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.False(await Arrange.QueryAsync(factory, db => Task.FromResult(db.Users.Single(u => u.Id == id).TwoFactorEnabled)));
    }
}

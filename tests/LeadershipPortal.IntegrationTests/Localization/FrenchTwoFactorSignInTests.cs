using System.Net;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests.Localization;

/// <summary>The second sign-in step (authenticator code, recovery code) through the real forms, in French.</summary>
[Collection(PortalCollection.Name)]
public sealed class FrenchTwoFactorSignInTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/Identity/Account/LoginWith2fa")]
    [InlineData("/Identity/Account/LoginWithRecoveryCode")]
    public async Task The_second_step_without_the_password_step_sends_back_to_sign_in_rather_than_failing(string page)
    {
        var client = factory.CreatePortalClient();
        using var get = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Equal("/Identity/Account/Login", get.Headers.Location!.OriginalString.Split('?')[0]);
    }

    [Fact]
    public async Task Staff_with_an_authenticator_sign_in_in_french_with_the_code_or_a_recovery_code()
    {
        var (email, _) = await TestUsers.CreateAsync(factory, "hr-2fa-fr", Roles.HR);
        var (key, recoveryCode) = await TurnOnAuthenticatorAsync(email);

        var client = factory.CreatePortalClient();
        await client.ChooseLanguageAsync("fr");
        var afterPassword = await client.SignInAsync(email);
        Assert.StartsWith("/Identity/Account/LoginWith2fa", afterPassword.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var form = await client.GetDocumentAsync(afterPassword.Headers.Location!.OriginalString);
        Assert.Equal("Authentification à deux facteurs", form.QuerySelector("main h1")!.TextContent);
        Assert.Equal("Code de l’application d’authentification", form.QuerySelector("label[for='Input_TwoFactorCode']")!.TextContent);
        Assert.Equal("Se connecter avec un code de récupération", form.QuerySelector("#recovery-code-login")!.TextContent);

        var now = Totp.Code(key, factory.Clock.GetUtcNow());
        var wrong = await HtmlPages.ParseAsync(await client.SubmitAsync(form, "form#two-factor", new Dictionary<string, string> { ["Input.TwoFactorCode"] = now == "000000" ? "111111" : "000000" }));
        Assert.Equal("Code d’authentification non valide.", wrong.QuerySelector("form#two-factor [role='alert'] li")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Hr/Vacancies")).StatusCode);

        var signedIn = await client.SubmitAsync(wrong, "form#two-factor", new Dictionary<string, string> { ["Input.TwoFactorCode"] = now });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Hr/Vacancies")).StatusCode);

        // Without the device: a one-time recovery code, asked for in French.
        var other = factory.CreatePortalClient();
        await other.ChooseLanguageAsync("fr");
        var second = await other.GetDocumentAsync((await other.SignInAsync(email)).Headers.Location!.OriginalString);
        var recovery = await other.GetDocumentAsync(second.QuerySelector("#recovery-code-login")!.GetAttribute("href")!);
        Assert.Equal("Vérification par code de récupération", recovery.QuerySelector("main h1")!.TextContent);
        var refused = await HtmlPages.ParseAsync(await other.SubmitAsync(recovery, "form#recovery-code", new Dictionary<string, string> { ["Input.RecoveryCode"] = "not-a-code" }));
        Assert.Equal("Le code de récupération saisi n’est pas valide.", refused.QuerySelector("form#recovery-code [role='alert'] li")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await other.SubmitAsync(refused, "form#recovery-code", new Dictionary<string, string> { ["Input.RecoveryCode"] = recoveryCode })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/Hr/Vacancies")).StatusCode);
    }

    private async Task<(string Key, string RecoveryCode)> TurnOnAuthenticatorAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        Assert.True((await users.ResetAuthenticatorKeyAsync(user)).Succeeded);
        Assert.True((await users.SetTwoFactorEnabledAsync(user, true)).Succeeded);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 2);
        return ((await users.GetAuthenticatorKeyAsync(user))!, codes!.First());
    }
}

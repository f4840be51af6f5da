using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.IntegrationTests.Security;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LeadershipPortal.IntegrationTests;

/// <summary>
/// The Identity UI pages the app made its own (recovery codes, authenticator reset, set password, email change,
/// resend confirmation, personal data, the account menu) through their real forms in English, and the package pages
/// it answers with a 404 or a redirect instead. Accounts are the tests' own.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class IdentityPagesTests(PortalFactory factory)
{
    private const string Manage = "/Identity/Account/Manage";

    [Fact]
    public async Task New_recovery_codes_are_shown_once_and_replace_the_old_ones()
    {
        var (email, id) = await TestUsers.CreateAsync(factory, "recovery-codes", Roles.Candidate);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        Assert.Equal($"{Manage}/TwoFactorAuthentication", (await client.GetAsync($"{Manage}/GenerateRecoveryCodes")).Headers.Location?.OriginalString);

        var firstCodes = await EnableTwoFactorAsync(client);
        Assert.Equal(10, firstCodes.Count);

        var generate = await client.GetDocumentAsync($"{Manage}/GenerateRecoveryCodes");
        Assert.Equal("Generate recovery codes", generate.QuerySelector("main h3")!.TextContent);
        var generated = await client.SubmitAsync(generate, "#generate-recovery-codes");
        Assert.Equal(HttpStatusCode.Redirect, generated.StatusCode);
        var shown = await client.GetDocumentAsync(generated.Headers.Location!.OriginalString);
        Assert.Equal("You have generated new recovery codes.", shown.QuerySelector("main [role=status]")!.TextContent);
        var newCodes = shown.QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, newCodes.Distinct().Count());
        Assert.Empty(newCodes.Intersect(firstCodes));

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"{Manage}/ShowRecoveryCodes")).StatusCode); // shown once only
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByIdAsync(id))!;
        Assert.False((await users.RedeemTwoFactorRecoveryCodeAsync(user, firstCodes[0])).Succeeded);
        Assert.True((await users.RedeemTwoFactorRecoveryCodeAsync(user, newCodes[0])).Succeeded);
    }

    [Fact]
    public async Task Resetting_the_authenticator_turns_two_factor_off_and_asks_for_the_new_key()
    {
        var (email, id) = await TestUsers.CreateAsync(factory, "reset-authenticator", Roles.Candidate);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        await EnableTwoFactorAsync(client);
        var oldKey = await AuthenticatorKeyAsync(id);

        var page = await client.GetDocumentAsync($"{Manage}/ResetAuthenticator");
        var reset = await client.SubmitAsync(page, "#reset-authenticator-form");

        Assert.Equal($"{Manage}/EnableAuthenticator", reset.Headers.Location?.OriginalString);
        var setup = await client.GetDocumentAsync(reset.Headers.Location!.OriginalString);
        Assert.StartsWith("Your authenticator app key has been reset.", setup.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.False(await Arrange.QueryAsync(factory, db => db.Users.Where(u => u.Id == id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.NotEqual(oldKey, await AuthenticatorKeyAsync(id));
        Assert.Equal(await AuthenticatorKeyAsync(id), setup.QuerySelector("#shared-key")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant());
    }

    [Fact]
    public async Task An_account_without_a_password_sets_one_and_an_account_with_one_is_sent_to_change_it()
    {
        var (email, id) = await TestUsers.CreateAsync(factory, "set-password", Roles.Candidate);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        Assert.Equal($"{Manage}/ChangePassword", (await client.GetAsync($"{Manage}/SetPassword")).Headers.Location?.OriginalString);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            Assert.True((await users.RemovePasswordAsync((await users.FindByIdAsync(id))!)).Succeeded);
        }

        var form = await client.GetDocumentAsync($"{Manage}/SetPassword");
        Assert.Equal("Set your password", form.QuerySelector("main h3")!.TextContent);
        var refused = await HtmlPages.ParseAsync(await client.SubmitAsync(form, "#set-password-form", new Dictionary<string, string>
        {
            ["Input.NewPassword"] = "Chosen!Password2031",
            ["Input.ConfirmPassword"] = "Other!Password2031",
        }));
        Assert.Equal("The new password and confirmation password do not match.", refused.QuerySelector("[data-valmsg-for='Input.ConfirmPassword']")!.TextContent);

        var set = await client.SubmitAsync(form, "#set-password-form", new Dictionary<string, string>
        {
            ["Input.NewPassword"] = "Chosen!Password2031",
            ["Input.ConfirmPassword"] = "Chosen!Password2031",
        });
        Assert.Equal($"{Manage}/ChangePassword", set.Headers.Location?.OriginalString);
        var after = await client.GetDocumentAsync(set.Headers.Location!.OriginalString);
        Assert.Equal("Your password has been set.", after.QuerySelector("main [role=status]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreatePortalClient().SignInAsync(email, "Chosen!Password2031")).StatusCode);
        Assert.True(await Arrange.QueryAsync(factory, db => db.AuditEvents.AnyAsync(a => a.ActorUserId == id && a.Action == "PasswordSet")));
    }

    [Fact]
    public async Task The_email_changes_only_through_the_link_sent_to_the_new_address()
    {
        var (email, id) = await TestUsers.CreateAsync(factory, "change-email", Roles.Candidate);
        var newEmail = $"changed-{Guid.NewGuid():N}@example.org";
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);

        var page = await client.GetDocumentAsync($"{Manage}/Email");
        Assert.Equal(email, page.QuerySelector("#Email")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#email-confirmed"));
        var unchanged = await client.SubmitAsync(page, "#email-form", new Dictionary<string, string> { ["Input.NewEmail"] = email.ToUpperInvariant() }, "#change-email-button");
        Assert.Equal("Your email address is unchanged.", (await client.GetDocumentAsync(unchanged.Headers.Location!.OriginalString)).QuerySelector("main [role=status]")!.TextContent);
        Assert.Empty(Mailbox.For(factory, email));

        var sent = await client.SubmitAsync(page, "#email-form", new Dictionary<string, string> { ["Input.NewEmail"] = newEmail }, "#change-email-button");
        var after = await client.GetDocumentAsync(sent.Headers.Location!.OriginalString);
        Assert.StartsWith("A confirmation link has been sent to your new email address.", after.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(email, await Arrange.QueryAsync(factory, db => db.Users.Where(u => u.Id == id).Select(u => u.Email).SingleAsync()));

        var message = Assert.Single(Mailbox.For(factory, newEmail));
        Assert.Equal("Confirm your new email address", message.Subject);
        var confirmed = await client.GetDocumentAsync(LinkIn(message));
        Assert.Equal("Thank you for confirming your email change.", confirmed.QuerySelector("#status")!.TextContent);
        Assert.Equal(newEmail, await Arrange.QueryAsync(factory, db => db.Users.Where(u => u.Id == id).Select(u => u.Email).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreatePortalClient().SignInAsync(newEmail)).StatusCode);
    }

    [Fact]
    public async Task An_unconfirmed_address_gets_its_confirmation_link_again_from_the_email_page()
    {
        var (email, id) = await TestUsers.CreateAsync(factory, "verify-email", Roles.Candidate);
        await TestUsers.UpdateAsync(factory, id, u => u.EmailConfirmed = false);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);

        var page = await client.GetDocumentAsync($"{Manage}/Email");
        Assert.Null(page.QuerySelector("#email-confirmed"));
        var sent = await client.SubmitAsync(page, "#email-form", new Dictionary<string, string>(), "#email-verification");
        Assert.Equal("A verification email has been sent. Please check your email.", (await client.GetDocumentAsync(sent.Headers.Location!.OriginalString)).QuerySelector("main [role=status]")!.TextContent);

        var message = Assert.Single(Mailbox.For(factory, email));
        Assert.Equal("Confirm your email address", message.Subject);
        Assert.Equal("Thank you for confirming your email.", (await client.GetDocumentAsync(LinkIn(message))).QuerySelector("#status")!.TextContent);
        Assert.True(await Arrange.QueryAsync(factory, db => db.Users.Where(u => u.Id == id).Select(u => u.EmailConfirmed).SingleAsync()));
        Assert.NotNull((await client.GetDocumentAsync($"{Manage}/Email")).QuerySelector("#email-confirmed"));
    }

    [Fact]
    public async Task A_candidate_who_never_confirmed_the_address_can_still_reset_a_forgotten_password_and_is_confirmed_by_it()
    {
        var (email, id) = await TestUsers.CreateAsync(factory, "reset-unconfirmed", Roles.Candidate);
        await TestUsers.UpdateAsync(factory, id, u => u.EmailConfirmed = false);
        var client = factory.CreatePortalClient();

        var forgot = await client.GetDocumentAsync("/Identity/Account/ForgotPassword");
        await client.SubmitAsync(forgot, "main form", new Dictionary<string, string> { ["Input.Email"] = email });
        var message = Assert.Single(Mailbox.For(factory, email));
        var reset = await client.GetDocumentAsync(LinkIn(message));
        var done = await client.SubmitAsync(reset, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "a brand new long password",
            ["Input.ConfirmPassword"] = "a brand new long password",
        });

        Assert.Equal("/Identity/Account/ResetPasswordConfirmation", done.Headers.Location?.OriginalString);
        Assert.True(await Arrange.QueryAsync(factory, db => db.Users.Where(u => u.Id == id).Select(u => u.EmailConfirmed).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreatePortalClient().SignInAsync(email, "a brand new long password")).StatusCode);
    }

    [Fact]
    public async Task Resending_the_confirmation_answers_alike_for_unknown_addresses_and_mails_only_real_ones()
    {
        var (email, _) = await TestUsers.CreateAsync(factory, "resend-confirmation", Roles.Candidate);
        var unknown = $"nobody-{Guid.NewGuid():N}@example.org";
        var client = factory.CreatePortalClient();

        foreach (var address in new[] { unknown, email })
        {
            var form = await client.GetDocumentAsync("/Identity/Account/ResendEmailConfirmation");
            var answer = await HtmlPages.ParseAsync(await client.SubmitAsync(form, "#resend-form", new Dictionary<string, string> { ["Input.Email"] = address }));
            Assert.Equal("If an account uses this address, a confirmation link is on its way. Please check your email.", answer.QuerySelector("#resend-sent")!.TextContent);
        }

        Assert.Empty(Mailbox.For(factory, unknown));
        Assert.Equal("Confirm your email address", Assert.Single(Mailbox.For(factory, email)).Subject);
    }

    [Fact]
    public async Task The_account_menu_links_only_to_pages_the_app_serves()
    {
        var (email, _) = await TestUsers.CreateAsync(factory, "manage-nav", Roles.Candidate);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);

        var page = await client.GetDocumentAsync($"{Manage}/Email");
        var links = page.QuerySelectorAll("main .nav-pills a").Cast<IHtmlAnchorElement>().ToList();
        Assert.Equal(["Profile", "Email address", "Password", "Two-factor authentication", "Personal data"], links.Select(a => a.TextContent));
        Assert.Equal("email", Assert.Single(links, a => a.GetAttribute("aria-current") == "page").Id);
        foreach (var link in links)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link.GetAttribute("href"))).StatusCode);
        }
    }

    [Fact]
    public async Task External_sign_in_pages_answer_404_to_every_method_and_handler()
    {
        var visitor = factory.CreatePortalClient();
        var visitorToken = await AccessMatrixTests.AntiforgeryTokenAsync(visitor, AccessTable.Principals[0]);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/Identity/Account/ExternalLogin")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/Identity/Account/ExternalLogin?handler=Callback")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(visitor, "/Identity/Account/ExternalLogin", visitorToken, new() { ["provider"] = "Google" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(visitor, "/Identity/Account/ExternalLogin?handler=Confirmation", visitorToken, new() { ["Input.Email"] = "x@example.org" })).StatusCode);

        var (email, _) = await TestUsers.CreateAsync(factory, "external-logins", Roles.Candidate);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        var token = await AccessMatrixTests.AntiforgeryTokenAsync(client, AccessTable.Principals[1]);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Manage}/ExternalLogins")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Manage}/ExternalLogins?handler=LinkLoginCallback")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, $"{Manage}/ExternalLogins?handler=LinkLogin", token, new() { ["provider"] = "Google" })).StatusCode);
    }

    [Fact]
    public async Task Candidates_are_sent_to_their_data_page_and_staff_told_who_handles_their_account()
    {
        var (candidate, _) = await TestUsers.CreateAsync(factory, "personal-data", Roles.Candidate);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(candidate);
        var page = await client.GetDocumentAsync($"{Manage}/PersonalData");
        Assert.Equal("/Candidate/MyData", page.QuerySelector("#my-data")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("#staff-data"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Candidate/MyData")).StatusCode);

        var (mentor, _) = await TestUsers.CreateAsync(factory, "personal-data-staff", Roles.Mentor);
        var staff = factory.CreatePortalClient();
        await staff.SignInOrFailAsync(mentor);
        var staffPage = await staff.GetDocumentAsync($"{Manage}/PersonalData");
        Assert.Null(staffPage.QuerySelector("#my-data"));
        Assert.Contains("ask an administrator", staffPage.QuerySelector("#staff-data")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_candidate_cannot_download_or_delete_through_the_package_routes()
    {
        var (email, id) = await TestUsers.CreateAsync(factory, "no-bypass", Roles.Candidate);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        var token = await AccessMatrixTests.AntiforgeryTokenAsync(client, AccessTable.Principals[1]);

        foreach (var route in new[] { "DownloadPersonalData", "DeletePersonalData" })
        {
            Assert.Equal($"{Manage}/PersonalData", (await client.GetAsync($"{Manage}/{route}")).Headers.Location?.OriginalString);
            var posted = await PostAsync(client, $"{Manage}/{route}", token, new() { ["Input.Password"] = Accounts.DemoPassword });
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            Assert.Equal($"{Manage}/PersonalData", posted.Headers.Location?.OriginalString);
        }

        Assert.True(await Arrange.QueryAsync(factory, db => db.Users.AnyAsync(u => u.Id == id)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Candidate/MyData")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreatePortalClient().SignInAsync(email)).StatusCode);
    }

    [Fact]
    public async Task Registration_confirmation_sends_everyone_home_whatever_address_it_names()
    {
        var client = factory.CreatePortalClient();
        foreach (var address in new[] { "candidate1@portal.test", $"nobody-{Guid.NewGuid():N}@example.org" })
        {
            var response = await client.GetAsync($"/Identity/Account/RegisterConfirmation?email={Uri.EscapeDataString(address)}");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/", response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task The_identity_error_page_is_the_apps_own_for_everyone()
    {
        var page = await factory.CreatePortalClient().GetDocumentAsync("/Identity/Error");
        Assert.Equal("Something went wrong", page.QuerySelector("main h1")!.TextContent);
        Assert.NotEmpty(page.QuerySelector("main code")!.TextContent);
    }

    /// <summary>Turns two-factor on through the real set-up form; returns the recovery codes shown after it.</summary>
    private async Task<List<string>> EnableTwoFactorAsync(HttpClient client)
    {
        var setup = await client.GetDocumentAsync($"{Manage}/EnableAuthenticator");
        var key = setup.QuerySelector("#shared-key")!.TextContent;
        var enabled = await client.SubmitAsync(setup, "form#send-code", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, factory.Clock.GetUtcNow()) });
        Assert.Equal($"{Manage}/ShowRecoveryCodes", enabled.Headers.Location?.OriginalString);
        var shown = await client.GetDocumentAsync(enabled.Headers.Location!.OriginalString);
        return shown.QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent).ToList();
    }

    private Task<string?> AuthenticatorKeyAsync(string id) => Arrange.QueryAsync(factory, db =>
        db.Set<IdentityUserToken<string>>().Where(t => t.UserId == id && t.Name == "AuthenticatorKey").Select(t => t.Value).SingleOrDefaultAsync());

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string token, Dictionary<string, string> fields)
    {
        fields[Antiforgery.FieldName] = token;
        return client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>The link in an emailed message, as a path on this site.</summary>
    public static string LinkIn(MimeMessage message)
    {
        var href = WebUtility.HtmlDecode(HrefPattern().Match(message.HtmlBody!).Groups[1].Value);
        return new Uri(href).PathAndQuery;
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex HrefPattern();
}

using System.Net;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.IntegrationTests.Security;

[Collection(PortalCollection.Name)]
public sealed class TwoFactorTests(PortalFactory factory)
{
    private const string Requirement = "Identity:RequireTwoFactorForStaff";

    [Fact]
    public async Task An_hr_user_without_two_factor_is_sent_to_set_it_up_and_then_needs_the_code_to_sign_in()
    {
        using var required = factory.Settings.Set(Requirement, "true");
        var (email, userId) = await TestUsers.CreateAsync(factory, "hr-2fa", Roles.HR);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);

        var blocked = await client.GetAsync("/Hr/Vacancies");
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.Equal(TwoFactorRequirement.SetupPath, blocked.Headers.Location!.OriginalString);

        var setup = await client.GetDocumentAsync(TwoFactorRequirement.SetupPath);
        Assert.NotNull(setup.QuerySelector("#two-factor-required"));
        Assert.StartsWith("data:image/png;base64,", setup.QuerySelector("img#qr-code")!.GetAttribute("src"), StringComparison.Ordinal);
        var key = setup.QuerySelector("#shared-key")!.TextContent;

        var wrong = await client.SubmitAsync(setup, "form#send-code", new Dictionary<string, string> { ["Input.Code"] = "000000" == Totp.Code(key, factory.Clock.GetUtcNow()) ? "111111" : "000000" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("not valid", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var enabled = await client.SubmitAsync(setup, "form#send-code", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, factory.Clock.GetUtcNow()) });
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Hr/Vacancies")).StatusCode);

        // A new sign-in now stops after the password and asks for the code.
        var fresh = factory.CreatePortalClient();
        var afterPassword = await fresh.SignInAsync(email);
        Assert.StartsWith("/Identity/Account/LoginWith2fa", afterPassword.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.GetAsync("/Hr/Vacancies")).StatusCode);

        var second = await fresh.GetDocumentAsync(afterPassword.Headers.Location!.OriginalString);
        var signedIn = await fresh.SubmitAsync(second, "main form[method='post']", new Dictionary<string, string>
        {
            // The next time step's code: the window accepts it, and it differs from the one used to enable.
            ["Input.TwoFactorCode"] = Totp.Code(key, factory.Clock.GetUtcNow().AddSeconds(30)),
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/Hr/Vacancies")).StatusCode);

        var actions = await Arrange.QueryAsync(factory, db => db.AuditEvents.Where(e => e.EntityId == userId).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
        Assert.Equal(["SignedIn", "TwoFactorEnabled", "SignInAwaitingSecondFactor", "SignedIn"], actions);
    }

    [Fact]
    public async Task A_candidate_is_not_asked_for_two_factor_even_when_staff_are()
    {
        using var required = factory.Settings.Set(Requirement, "true");
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("candidate42@portal.test");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Candidate/Profile")).StatusCode);
    }

    [Fact]
    public async Task Without_the_requirement_staff_work_without_two_factor()
    {
        var (email, _) = await TestUsers.CreateAsync(factory, "hr-no-2fa", Roles.HR);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Hr/Vacancies")).StatusCode);
    }
}

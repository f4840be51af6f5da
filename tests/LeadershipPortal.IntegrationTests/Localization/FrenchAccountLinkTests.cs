using System.Net;
using System.Text;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests.Localization;

/// <summary>Email confirmation and email change links, followed in French.</summary>
[Collection(PortalCollection.Name)]
public sealed class FrenchAccountLinkTests(PortalFactory factory)
{
    [Fact]
    public async Task Confirmation_links_answer_in_french_and_a_wrong_code_changes_nothing()
    {
        var (email, id) = await TestUsers.CreateAsync(factory, "confirm-fr", Roles.Candidate);
        var newEmail = $"changed-{Guid.NewGuid():N}@example.org";
        string confirmCode, changeCode;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByIdAsync(id))!;
            confirmCode = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
            changeCode = Encode(await users.GenerateChangeEmailTokenAsync(user, newEmail));
        }

        var client = factory.CreatePortalClient();
        await client.ChooseLanguageAsync("fr");

        var confirmed = await client.GetDocumentAsync($"/Identity/Account/ConfirmEmail?userId={id}&code={confirmCode}");
        Assert.Equal("Merci d’avoir confirmé votre adresse électronique.", confirmed.QuerySelector("#status")!.TextContent);
        var wrong = await client.GetDocumentAsync($"/Identity/Account/ConfirmEmail?userId={id}&code={Encode("wrong")}");
        Assert.Equal("Erreur lors de la confirmation de votre adresse électronique.", wrong.QuerySelector("#status")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/Identity/Account/ConfirmEmail?userId={id}&code=%25%25")).StatusCode);

        var refused = await client.GetDocumentAsync($"/Identity/Account/ConfirmEmailChange?userId={id}&email={Uri.EscapeDataString("other@example.org")}&code={changeCode}");
        Assert.Equal("Erreur lors du changement d’adresse électronique.", refused.QuerySelector("#status")!.TextContent);
        Assert.Equal(email, await EmailOfAsync(id));

        var changed = await client.GetDocumentAsync($"/Identity/Account/ConfirmEmailChange?userId={id}&email={Uri.EscapeDataString(newEmail)}&code={changeCode}");
        Assert.Equal("Merci d’avoir confirmé le changement de votre adresse électronique.", changed.QuerySelector("#status")!.TextContent);
        Assert.Equal(newEmail, await EmailOfAsync(id));
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private async Task<string?> EmailOfAsync(string id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByIdAsync(id);
        return user!.Email;
    }
}

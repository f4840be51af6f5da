using System.Net;

namespace LeadershipPortal.IntegrationTests.Infrastructure;

public static class Accounts
{
    public const string DemoPassword = "Portal!Demo2026";

    /// <summary>Signs in through the real login form; returns the response to the form post.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = DemoPassword)
    {
        var page = await client.GetDocumentAsync("/Identity/Account/Login");
        return await client.SubmitAsync(page, "form#account", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    public static async Task SignInOrFailAsync(this HttpClient client, string email)
    {
        var response = await client.SignInAsync(email);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Signing in as {email} answered {(int)response.StatusCode}.");
    }
}

using System.Net;

namespace LeadershipPortal.IntegrationTests.Infrastructure;

public static class Languages
{
    /// <summary>Chooses a language with the real switch on the language page, as a person would.</summary>
    public static async Task ChooseLanguageAsync(this HttpClient client, string culture)
    {
        var page = await client.GetDocumentAsync("/Language");
        var response = await client.SubmitAsync(page, "main form.language-switch", new Dictionary<string, string>(), submitButtonSelector: $"button[value={culture}]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}

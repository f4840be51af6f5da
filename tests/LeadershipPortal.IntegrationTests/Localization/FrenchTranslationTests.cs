using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.IntegrationTests.Security;

namespace LeadershipPortal.IntegrationTests.Localization;

/// <summary>
/// Every page the access table lists, as each role that may see it, rendered in French: every text looked up
/// through a localizer has a French translation, the page says it is French, and its heading is not the English one.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class FrenchTranslationTests(PortalFactory factory)
{
    public static TheoryData<string> PrincipalNames => new(AccessTable.Principals.Select(p => p.ToString()));

    [Theory]
    [MemberData(nameof(PrincipalNames))]
    public async Task Every_page_a_role_may_see_is_wholly_french_in_french(string principalName)
    {
        var principal = AccessTable.Principals.Single(p => p.ToString() == principalName);
        var ids = await SampleIds.LoadAsync(factory);
        var english = await AccessMatrixTests.ClientForAsync(factory, principal);
        var french = await AccessMatrixTests.ClientForAsync(factory, principal);
        await french.ChooseLanguageAsync("fr");
        factory.Translations.Clear();
        var failures = new List<string>();

        foreach (var page in (await PageEndpoints.ListAsync(factory))
                     .Where(p => AccessTable.Pages.TryGetValue(p.Route, out var access) && access.Admits(principal)))
        {
            var path = AccessTable.PathOf(page.Route, ids);
            var (frenchStatus, frenchPage) = await RenderAsync(french, path);
            var (_, englishPage) = await RenderAsync(english, path);
            if (frenchStatus != HttpStatusCode.OK || frenchPage is null || englishPage is null)
            {
                continue; // a redirect or a 404 sample (e.g. no dossier yet): nothing rendered to read
            }

            if (frenchPage.DocumentElement.GetAttribute("lang") != "fr")
            {
                failures.Add($"{path}: <html lang> is \"{frenchPage.DocumentElement.GetAttribute("lang")}\", not \"fr\"");
            }

            foreach (var (language, rendered) in new[] { ("French", frenchPage), ("English", englishPage) })
            {
                var placeholder = Regex.Match(rendered.Title + " " + rendered.Body?.TextContent, @"\{\d\}");
                if (placeholder.Success)
                {
                    failures.Add($"{path}: the {language} page shows an unfilled placeholder \"{placeholder.Value}\" (a template's .Value read before formatting?)");
                }
            }

            var frenchChrome = Chrome(frenchPage);
            var englishChrome = Chrome(englishPage);
            if (frenchChrome.Count > 0 && frenchChrome.SequenceEqual(englishChrome))
            {
                failures.Add($"{path}: no heading, label or button differs from English (\"{frenchChrome[0]}\"…): the page is not translated");
            }

            // Text marked lang="en" inside the French page (the language switch names English in English) is English on purpose.
            foreach (var text in Chrome(frenchPage, skipMarkedEnglish: true).Where(EnglishKeys.Contains).Distinct())
            {
                failures.Add($"{path}: \"{text}\" is shown in English (it has a French translation in another resource file)");
            }
        }

        failures.AddRange(factory.Translations.All.Select(m => $"no French translation for {m}"));
        Assert.True(failures.Count == 0, $"As {principal}:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    [Fact]
    public async Task The_language_switch_remembers_french_and_goes_back_to_the_page()
    {
        var client = factory.CreatePortalClient();
        var form = await client.GetDocumentAsync("/Vacancies");
        Assert.Equal("en", form.DocumentElement.GetAttribute("lang"));

        var response = await client.SubmitAsync(form, "form.language-switch", new Dictionary<string, string>(), submitButtonSelector: "button[value=fr]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Vacancies", response.Headers.Location?.OriginalString);

        var after = await client.GetDocumentAsync("/Vacancies");
        Assert.Equal("fr", after.DocumentElement.GetAttribute("lang"));
        Assert.Equal("true", after.QuerySelector("form.language-switch button[value=fr]")!.GetAttribute("aria-pressed"));
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    public async Task The_language_switch_never_redirects_off_the_site(string returnUrl)
    {
        var client = factory.CreatePortalClient();
        var form = await client.GetDocumentAsync("/Vacancies");
        var response = await client.SubmitAsync(form, "form.language-switch", new Dictionary<string, string> { ["returnUrl"] = returnUrl }, submitButtonSelector: "button[value=fr]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unknown_language_is_refused_and_nothing_is_remembered()
    {
        var client = factory.CreatePortalClient();
        var form = await client.GetDocumentAsync("/Vacancies");
        form.QuerySelector("form.language-switch button[value=fr]")!.SetAttribute("value", "xx");
        var response = await client.SubmitAsync(form, "form.language-switch", new Dictionary<string, string>(), submitButtonSelector: "button[value=xx]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("en", (await client.GetDocumentAsync("/Vacancies")).DocumentElement.GetAttribute("lang"));
    }

    private static async Task<(HttpStatusCode Status, IHtmlDocument? Page)> RenderAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var isHtml = response.Content.Headers.ContentType?.MediaType == "text/html";
        return (response.StatusCode, isHtml ? new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()) : null);
    }

    // Interface text rather than data: headings, labels, buttons and column headers of the page's main part.
    private const string ChromeSelector = "main h1, main h2, main h3, main h4, main legend, main label, main button, main thead th, main a.btn, main summary";

    private static List<string> Chrome(IHtmlDocument page, bool skipMarkedEnglish = false) => page.QuerySelectorAll(ChromeSelector)
        .Where(e => !skipMarkedEnglish || e.Closest("[lang]")?.GetAttribute("lang") != "en")
        .Select(e => Regex.Replace(e.TextContent, @"\s+", " ").Trim())
        .Where(t => t.Length > 1 && t.Any(char.IsLetter))
        .ToList();

    /// <summary>Every English text that some French resource file translates into something else.</summary>
    private static readonly HashSet<string> EnglishKeys = LoadEnglishKeys();

    private static HashSet<string> LoadEnglishKeys()
    {
        var resources = Path.Combine(Repository.Root(), "src", "LeadershipPortal.Web", "Resources");
        return Directory.EnumerateFiles(resources, "*.fr.resx", SearchOption.AllDirectories)
            .SelectMany(file => XDocument.Load(file).Root!.Elements("data"))
            .Where(data => data.Attribute("name")!.Value != data.Element("value")!.Value)
            .Select(data => data.Attribute("name")!.Value)
            .Where(key => !key.Contains('{', StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
    }
}

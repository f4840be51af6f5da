using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace LeadershipPortal.ScaleOutTests.Infrastructure;

/// <summary>A person's browser against one node: its own cookie jar, real pages, real forms (antiforgery included).</summary>
public sealed class NodeClient : IDisposable
{
    private readonly HttpClient _http;

    public NodeClient(Uri baseUrl, CookieContainer? cookies = null)
    {
        Cookies = cookies ?? new CookieContainer();
        BaseUrl = baseUrl;
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseUrl { get; }

    public CookieContainer Cookies { get; }

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path);

    public async Task<IHtmlDocument> GetDocumentAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {BaseUrl}{path.TrimStart('/')} answered {(int)response.StatusCode} {response.Headers.Location}");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts the form found by <paramref name="selector"/> with its own fields (hidden token included) and the given values.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string selector, IReadOnlyDictionary<string, string> values, string? path = null)
    {
        var form = page.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"No form {selector} on the page.");
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]").Where(i => i.Type is not ("checkbox" or "radio") || i.IsChecked))
        {
            fields[input.Name!] = input.Value;
        }

        foreach (var (name, value) in values)
        {
            fields[name] = value;
        }

        var action = path ?? form.GetAttribute("action") ?? throw new InvalidOperationException($"Form {selector} has no action.");
        return await _http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public void Dispose() => _http.Dispose();
}

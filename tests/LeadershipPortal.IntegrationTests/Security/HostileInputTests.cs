using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Identity;

namespace LeadershipPortal.IntegrationTests.Security;

/// <summary>
/// Crawls the pages each role reaches, finds every form, and sends the hostile corpus into every field of the
/// forms it may safely submit: no answer is a 500, no value comes back unencoded, and a refused submission
/// leaves the database exactly as it was.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class HostileInputTests(PortalFactory factory)
{
    /// <summary>Forms found but not submitted with hostile values, and why (the report lists them).</summary>
    public static readonly IReadOnlyDictionary<string, string> Skipped = new Dictionary<string, string>
    {
        ["POST /Identity/Account/Logout"] = "ends the session the crawl runs in; it has no fields",
        ["POST /Candidate/MyData?handler=Erase"] = "erases the crawling account itself (MyDataTests covers its confirmation)",
        ["POST /Hr/Vacancies/{id}?handler=Publish"] = "would publish the test's draft into the public list other tests count",
        ["POST /Hr/Vacancies/{id}?handler=Close"] = "closes a vacancy; only a published one, and the test publishes none",
        ["POST /Assess/Application/{id}?handler=Declare"] = "declares on a seeded application other tests score",
        ["POST /Assess/Application/{id}"] = "scores a seeded application other tests score (its buttons choose save or submit)",
        ["POST /Assess/Application/{id}?handler=Save"] = "scores a seeded application other tests score",
        ["POST /Assess/Application/{id}?handler=Submit"] = "scores a seeded application other tests score",
        ["POST /Hr/Mentoring/PairAll"] = "confirms a pairing for every seeded waiting head of mission (MentoringTests covers its refusals)",
        ["POST /Admin/Frameworks/Details/{id}"] = "edits the seeded framework every vacancy uses; no form creates a framework",
    };

    /// <summary>Accounts whose own data the crawl may change (reserved for these tests); others only get GET forms.</summary>
    private static readonly Principal Candidate = new(Roles.Candidate, "candidate44@portal.test");
    private static readonly Principal Mentor = new(Roles.Mentor, "mentor4@portal.test");
    private static readonly Principal HeadOfMission = new(Roles.HeadOfMission, "hom4@portal.test");

    private static readonly Principal[] Crawlers =
    [
        new(null, null),
        Candidate,
        new(Roles.HR, "hr@portal.test"),
        new(Roles.Admin, "admin@portal.test"),
        new(Roles.Assessor, "assessor1@portal.test"),
        Mentor,
        HeadOfMission,
    ];

    private readonly List<string> _failures = [];
    private readonly HashSet<int> _used = [];
    private readonly SortedSet<string> _submitted = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _skipped = new(StringComparer.Ordinal);
    private int _next;

    /// <summary>The database after the previous round of the same form (reading its page again writes nothing).</summary>
    private IReadOnlyDictionary<string, string>? _fingerprint;

    [Fact]
    public async Task Hostile_values_in_every_field_never_cause_a_500_never_come_back_unencoded_and_never_half_save()
    {
        Assert.True(HostileCorpus.Values.Count >= 200, $"The corpus has only {HostileCorpus.Values.Count} values.");
        var ids = await SampleIds.LoadAsync(factory);
        var pages = await PageEndpoints.ListAsync(factory);

        foreach (var principal in Crawlers)
        {
            var client = await AccessMatrixTests.ClientForAsync(factory, principal);
            var paths = pages.Where(p => !p.HasParameters && AccessTable.Pages.TryGetValue(p.Route, out var access) && access.Admits(principal))
                .Select(p => p.Route)
                .Where(p => principal.Email is null || !p.StartsWith("/Identity/Account/Manage", StringComparison.Ordinal) || principal == Candidate)
                .ToList();
            paths.AddRange(await OwnIdPagesAsync(client, principal, ids));
            foreach (var path in paths)
            {
                await CrawlAsync(client, principal, path);
            }
        }

        // Every value of the corpus went into some field.
        var unused = Enumerable.Range(0, HostileCorpus.Values.Count).Where(i => !_used.Contains(i)).ToList();
        Assert.True(unused.Count == 0, $"{unused.Count} corpus values were never sent, e.g. line value #{unused.FirstOrDefault()}.");
        Assert.True(_failures.Count == 0, string.Join(Environment.NewLine, _failures.Distinct().Take(60)));
        Assert.Contains("POST /Candidate/Profile", _submitted);
        Assert.Contains("POST /Hr/Vacancies/Edit/{id}", _submitted);
        Assert.Contains("POST /Admin/Users/Invite", _submitted);
    }

    /// <summary>Id-bearing pages whose objects belong to the crawler or were made by this test.</summary>
    private async Task<IEnumerable<string>> OwnIdPagesAsync(HttpClient client, Principal principal, SampleIds ids)
    {
        switch (principal.Role)
        {
            case Roles.Candidate:
                return [$"/Candidate/Apply/{ids.OpenVacancy}"];
            case Roles.HR:
                var draft = await CreateDraftVacancyAsync(client);
                return ["/Hr/Vacancies/Edit", $"/Hr/Vacancies/Edit/{draft}", $"/Hr/Vacancies/{draft}"];
            case Roles.Admin:
                return [$"/Admin/Users/Details/{await InviteAsync(client)}"];
            case Roles.Assessor:
                return [$"/Assess/Application/{ids.PanelApplication}"];
            default:
                return [];
        }
    }

    private async Task CrawlAsync(HttpClient client, Principal principal, string path)
    {
        var response = await client.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return; // pages that only redirect (e.g. the landing page of a signed-in user) carry no form
        }

        var page = await HtmlPages.ParseAsync(response);
        foreach (var target in Targets(page))
        {
            var key = target.Key;
            var mayChange = principal == Candidate || principal == Mentor || principal == HeadOfMission || principal.Role is null or Roles.HR or Roles.Admin;
            if (Skipped.ContainsKey(key))
            {
                _skipped.Add(key);
                continue;
            }

            if (_submitted.Contains(key))
            {
                continue; // one principal's submissions cover a form (the login form, the vacancy filter, ...)
            }

            if (target.Method == "POST" && !mayChange)
            {
                _failures.Add($"{key} (found as {principal}) changes data of a shared seeded account: submit it as an account reserved for this test, or add it to HostileInputTests.Skipped with the reason.");
                continue;
            }

            _submitted.Add(key);
            _fingerprint = null;
            foreach (var kind in new[] { Round.All, Round.All, Round.Text, Round.Batch })
            {
                await SubmitRoundAsync(client, principal, path, key, kind);
            }
        }
    }

    private enum Round { All, Text, Batch }

    private sealed record Target(string Key, string Method, IHtmlFormElement Form, IHtmlElement? Submitter, string Url);

    private static IEnumerable<Target> Targets(IHtmlDocument page)
    {
        foreach (var form in page.Forms)
        {
            var method = form.Method.Equals("post", StringComparison.OrdinalIgnoreCase) ? "POST" : "GET";
            var submitters = form.Elements.OfType<IHtmlElement>()
                .Where(e => e is IHtmlButtonElement { Type: "submit" } || e is IHtmlInputElement { Type: "submit" })
                .Where(e => e.HasAttribute("formaction"))
                .ToList();
            foreach (var submitter in submitters.Count == 0 ? [null] : submitters.Cast<IHtmlElement?>())
            {
                var url = new Uri(new Uri(page.Url), submitter?.GetAttribute("formaction") ?? form.GetAttribute("action") ?? page.Url).PathAndQuery;
                yield return new Target($"{method} {Normalise(url)}", method, form, submitter, url);
            }
        }
    }

    /// <summary>The form's address with ids replaced and only the handler kept of its query.</summary>
    private static string Normalise(string url)
    {
        var parts = url.Split('?', 2);
        var handler = parts.Length == 2 ? parts[1].Split('&').FirstOrDefault(p => p.StartsWith("handler=", StringComparison.OrdinalIgnoreCase)) : null;
        var path = UserDetails().Replace(Number().Replace(parts[0], "/{id}"), "/Admin/Users/Details/{id}");
        return handler is null ? path : $"{path}?{handler}";
    }

    private async Task SubmitRoundAsync(HttpClient client, Principal principal, string path, string key, Round kind)
    {
        var response = await client.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return;
        }

        var target = Targets(await HtmlPages.ParseAsync(response)).FirstOrDefault(t => t.Key == key);
        if (target is null)
        {
            return; // an earlier accepted round changed the page (e.g. a document deleted)
        }

        var (fields, files, sent) = Fill(target, kind);
        var before = _fingerprint ?? await DatabaseFingerprint.TakeSettledAsync(factory);
        var request = new HttpRequestMessage(new HttpMethod(target.Method), target.Method == "GET" ? $"{target.Url.Split('?')[0]}?{Query(fields)}" : target.Url);
        if (target.Method == "POST")
        {
            request.Content = Body(target.Form, fields, files);
        }

        var answer = await client.SendAsync(request);
        var label = $"{key} as {principal} ({kind})";
        await CheckAsync(label, answer, sent);
        var accepted = answer.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther && target.Method == "POST";
        _fingerprint = await DatabaseFingerprint.TakeSettledAsync(factory);
        var changed = DatabaseFingerprint.Changed(before, _fingerprint);
        if (!accepted && changed.Count > 0)
        {
            _failures.Add($"{label}: refused with {(int)answer.StatusCode} but changed {string.Join(", ", changed)}");
        }

        if (accepted && answer.Headers.Location is { } location && !location.IsAbsoluteUri)
        {
            await CheckAsync($"{label}, then GET {location}", await client.GetAsync(location), sent);
        }
    }

    private async Task CheckAsync(string label, HttpResponseMessage response, IReadOnlyList<string> sent)
    {
        if ((int)response.StatusCode >= 500)
        {
            _failures.Add($"{label}: server error {(int)response.StatusCode}");
            return;
        }

        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        if (location.IndexOfAny(['<', '>', '"', '\r', '\n']) >= 0)
        {
            _failures.Add($"{label}: redirect to an unencoded location {location}");
        }

        if (response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync();
        foreach (var marker in HostileCorpus.RawMarkers.Where(m => body.Contains(m, StringComparison.OrdinalIgnoreCase)))
        {
            _failures.Add($"{label}: the page contains raw \"{marker}\"");
        }

        foreach (var value in sent.Where(v => v.Length >= 6 && v.IndexOfAny(['<', '>', '"', '\'']) >= 0 && body.Contains(v, StringComparison.Ordinal)))
        {
            _failures.Add($"{label}: the value {value[..Math.Min(value.Length, 60)]} comes back unencoded");
        }
    }

    /// <summary>The form's own values, with hostile ones in the fields the round targets.</summary>
    private (List<KeyValuePair<string, string>> Fields, List<string> Files, List<string> Sent) Fill(Target target, Round kind)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var files = new List<string>();
        var sent = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in target.Form.Elements.Where(e => e.HasAttribute("name")))
        {
            var name = element.GetAttribute("name")!;
            var type = element is IHtmlInputElement input ? input.Type : element is IHtmlTextAreaElement ? "textarea" : element is IHtmlSelectElement ? "select" : "button";
            if (type is "submit" or "button" or "reset" or "image" && element != target.Submitter)
            {
                continue;
            }

            if (type == "file")
            {
                files.Add(name);
                continue;
            }

            var hostile = name != Antiforgery.FieldName
                && (kind != Round.Text || type is "text" or "textarea" or "search" or "email" or "tel" or "url" or "password");
            if (hostile)
            {
                if (names.Add(name))
                {
                    var value = kind == Round.Batch ? string.Concat(Enumerable.Range(0, 12).Select(_ => Take())) : Take();
                    sent.Add(value);
                    fields.Add(new(name, value));
                }

                continue;
            }

            var original = element switch
            {
                IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false } => null,
                IHtmlInputElement i => i.Value,
                IHtmlTextAreaElement area => area.Value,
                IHtmlSelectElement select => select.Value,
                _ => element.GetAttribute("value") ?? string.Empty,
            };
            if (original is not null)
            {
                fields.Add(new(name, original));
            }
        }

        return (fields, files, sent);
    }

    private string Take()
    {
        var index = _next++ % HostileCorpus.Values.Count;
        _used.Add(index);
        return HostileCorpus.Values[index];
    }

    private static string Query(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(Safe(f.Value))}"));

    /// <summary>What a browser sends for a lone surrogate: the replacement character (encoders refuse it otherwise).</summary>
    private static string Safe(string value) => new(value.Select((c, i) => char.IsSurrogate(c) && !char.IsSurrogatePair(value, char.IsHighSurrogate(c) ? i : Math.Max(i - 1, 0)) ? '\uFFFD' : c).ToArray());

    private static HttpContent Body(IHtmlFormElement form, List<KeyValuePair<string, string>> fields, List<string> files)
    {
        if (!(form.Enctype ?? string.Empty).Contains("multipart", StringComparison.OrdinalIgnoreCase))
        {
            return new StringContent(Query(fields), System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(Safe(value)), name);
        }

        foreach (var name in files)
        {
            content.Add(new ByteArrayContent(Arrange.SmallPdf), name, "hostile-<script>alert(1)<\\script>.pdf");
        }

        return content;
    }

    private async Task<int> CreateDraftVacancyAsync(HttpClient client)
    {
        var form = await client.GetDocumentAsync("/Hr/Vacancies/Edit");
        var weight = form.QuerySelector("input[name$='].Weight']")!.GetAttribute("name")!;
        var response = await client.SubmitAsync(form, "#vacancy-form", new Dictionary<string, string>
        {
            ["Input.Key"] = $"HOSTILE-{Guid.NewGuid():N}"[..20],
            ["Input.Title"] = "Hostile input test draft",
            ["Input.Grade"] = ((IHtmlSelectElement)form.QuerySelector("#Input_Grade")!).Value ?? "ASG",
            [weight] = "100",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(Number().Match(response.Headers.Location!.OriginalString).Value.TrimStart('/'), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> InviteAsync(HttpClient client)
    {
        var invite = await client.GetDocumentAsync("/Admin/Users/Invite");
        invite.SetCheckboxes("main form", "Input.Roles", [Roles.Assessor]);
        var email = $"hostile-{Guid.NewGuid():N}@example.org";
        var response = await client.SubmitAsync(invite, "main form", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Hostile Test Invitee",
            ["Input.Email"] = email,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString.Split('/').Last().Split('?')[0];
    }

    [GeneratedRegex(@"/\d+(?=/|$|\?)")]
    private static partial Regex Number();

    [GeneratedRegex(@"/Admin/Users/Details/[^/?]+")]
    private static partial Regex UserDetails();
}

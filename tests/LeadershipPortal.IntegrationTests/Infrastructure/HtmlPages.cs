using System.Net;
using AngleSharp;
using AngleSharp.Html.Dom;
using AngleSharp.Dom;

namespace LeadershipPortal.IntegrationTests.Infrastructure;

/// <summary>
/// Reads pages and submits their real forms, so that the antiforgery token and every hidden field ride
/// along as they would from a browser (the idea of AspNetCore.Docs' HttpClientExtensions).
/// </summary>
public static class HtmlPages
{
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}.");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!));
        return (IHtmlDocument)document;
    }

    /// <summary>Fills the named fields of a form and posts it with the form's own method, action and hidden inputs.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlDocument page, string formSelector, IReadOnlyDictionary<string, string>? values = null, string? submitButtonSelector = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form matches {formSelector}.");
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            var field = form.Elements.FirstOrDefault(e => e.GetAttribute("name") == name) ?? throw new InvalidOperationException($"The form has no field {name}.");
            switch (field)
            {
                case IHtmlInputElement { Type: "checkbox" } checkbox:
                    checkbox.IsChecked = bool.Parse(value);
                    break;
                case IHtmlInputElement input:
                    input.Value = value;
                    break;
                case IHtmlTextAreaElement area:
                    area.Value = value;
                    break;
                case IHtmlSelectElement select:
                    select.Value = value;
                    break;
            }
        }

        var submitter = submitButtonSelector is null ? null : form.QuerySelector(submitButtonSelector) as IHtmlElement;
        var request = submitter is null ? form.GetSubmission() : form.GetSubmission(submitter);
        var target = new Uri(request!.Target.Href);
        var message = new HttpRequestMessage(new System.Net.Http.HttpMethod(request.Method.ToString().ToUpperInvariant()), target);
        if (request.Method == AngleSharp.Io.HttpMethod.Post)
        {
            var content = new StreamContent(request.Body);
            foreach (var header in request.Headers)
            {
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            message.Content = content;
        }

        return await client.SendAsync(message);
    }

    /// <summary>Posts a form whose checkboxes are set by value (for lists such as roles).</summary>
    public static void SetCheckboxes(this IHtmlDocument page, string formSelector, string name, IReadOnlyCollection<string> checkedValues)
    {
        var form = (IHtmlFormElement)page.QuerySelector(formSelector)!;
        foreach (var box in form.Elements.OfType<IHtmlInputElement>().Where(e => e.Type == "checkbox" && e.Name == name))
        {
            box.IsChecked = checkedValues.Contains(box.Value);
        }
    }
}

using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Features.Localization;

/// <summary>
/// Emails written in their reader's language (<c>PortalUser.PreferredLanguage</c>), whoever's request or job causes
/// them: the subject and body are rendered under the reader's culture (words from <c>SharedResource.fr.resx</c>,
/// dates and numbers formatted for it), then sent once the caller's culture is back.
/// </summary>
public static class LocalizedEmail
{
    public static Task SendInAsync(this IEmailSender email, string to, string? language, Func<(string Subject, string Body)> write)
    {
        (string Subject, string Body) message;
        using (PortalCultures.Use(language))
        {
            message = write();
        }

        return email.SendEmailAsync(to, message.Subject, message.Body);
    }

    /// <summary>A paragraph from a template that holds the markup; the values in it are encoded by the caller.</summary>
    public static string Paragraph(this IStringLocalizer localizer, string template, params object[] values) => $"<p>{localizer[template, values]}</p>";

    public static string Greeting(this IStringLocalizer localizer, string name) => localizer.Paragraph("Dear {0},", Encode(name));

    public static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}

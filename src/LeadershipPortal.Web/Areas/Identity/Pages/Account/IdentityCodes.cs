using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account;

/// <summary>The Base64Url codes in Identity's emailed links (reset, confirmation, email change).</summary>
public static class IdentityCodes
{
    /// <summary>Encodes a token as a link's code.</summary>
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>Decodes a link's code to the token; false for a malformed code (the page answers 400, not 500).</summary>
    public static bool TryDecode(string code, [NotNullWhen(true)] out string? token)
    {
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
            return true;
        }
        catch (FormatException)
        {
            token = null;
            return false;
        }
    }
}

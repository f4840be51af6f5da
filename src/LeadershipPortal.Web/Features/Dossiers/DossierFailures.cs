using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Features.Dossiers;

/// <summary>
/// Why a dossier job failed, as stored on the request (English, for the record and the logs) and as HR reads it in
/// the current language: the sentence is translated, a technical detail after it stays as the exception said it.
/// </summary>
public static class DossierFailures
{
    public const string ApplicationGone = "The application no longer exists.";
    public const string VacancyGone = "The vacancy no longer exists.";
    private const string NotBuiltPrefix = "The dossier could not be built: ";

    public static string NotBuilt(string detail) => NotBuiltPrefix + detail;

    public static string FailureReason(this IStringLocalizer localizer, string reason) => reason switch
    {
        ApplicationGone or VacancyGone => localizer[reason],
        _ when reason.StartsWith(NotBuiltPrefix, StringComparison.Ordinal) =>
            localizer["The dossier could not be built: {0}", reason[NotBuiltPrefix.Length..]],
        _ => reason,
    };
}

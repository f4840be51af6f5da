namespace LeadershipPortal.Web.Features.Localization;

/// <summary>
/// Marker for the strings shared across pages and code (layout, validation messages, status messages):
/// <c>Resources/Features/Localization/SharedResource.fr.resx</c>.
/// </summary>
public sealed class SharedResource;

using Microsoft.AspNetCore.Authorization;

namespace LeadershipPortal.Web.Areas.Identity.Pages;

/// <summary>The Identity UI's error page, open to everyone like the package's, with the app's own error model.</summary>
[AllowAnonymous]
public sealed class ErrorModel : LeadershipPortal.Web.Pages.ErrorModel;

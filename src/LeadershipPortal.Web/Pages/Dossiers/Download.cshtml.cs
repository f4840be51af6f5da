using LeadershipPortal.Web.Features.Dossiers;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Dossiers;

/// <summary>
/// Serves an issued dossier as an attachment to HR and Admin, after re-checking its SHA-256; a file altered on
/// disk is refused with an explanation (409) instead of being served.
/// </summary>
[Authorize(Policy = Policies.HrOrAdmin)]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class DownloadModel(DossierRequests dossiers) : PageModel
{
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        switch (await dossiers.OpenAsync(User, id, cancellationToken))
        {
            case DossierDownload.File file:
                return File(file.Content, "application/pdf", file.FileName);
            case DossierDownload.Altered altered:
                Problem = altered.Message;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                return NotFound();
        }
    }
}

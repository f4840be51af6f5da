using LeadershipPortal.Web.Features.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Documents;

/// <summary>
/// Serves a candidate's document as an attachment, never inline. Any signed-in user reaches the page; the
/// service lets only the owner and HR open the document and answers "not found" to everyone else.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class DownloadModel(CandidateDocuments documents) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var download = await documents.OpenAsync(User, id, cancellationToken);
        return download is null ? NotFound() : File(download.Content, "application/pdf", download.FileName);
    }
}

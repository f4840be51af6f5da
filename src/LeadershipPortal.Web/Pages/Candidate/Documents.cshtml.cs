using LeadershipPortal.Web.Features.Localization;
using Microsoft.Extensions.Localization;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Web.Features.Common;
using LeadershipPortal.Web.Features.Documents;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using LeadershipPortal.Web.Setup;

namespace LeadershipPortal.Web.Pages.Candidate;

public sealed record DocumentSlot(DocumentKind Kind, DocumentRow? Document);

// A little above the document limit, so that a file just over 10 MB still reaches the service and gets a
// clear message on the page; anything much bigger is cut off by the server before it is read.
[RequestSizeLimit(UploadRequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadRequestLimit)]
[EnableRateLimiting(RateLimits.Uploads)]
public sealed class DocumentsModel(CandidateDocuments documents, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const long UploadRequestLimit = CandidateDocument.MaxSizeBytes + (128 * 1024);

    public const string FileKey = $"{nameof(Upload)}.{nameof(UploadInput.File)}";

    public IReadOnlyList<DocumentSlot> Slots { get; private set; } = [];

    [BindProperty]
    public UploadInput Upload { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken cancellationToken)
    {
        if (Upload.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            return BadRequest();
        }

        if (ModelState.IsValid)
        {
            try
            {
                await using var content = Upload.File!.OpenReadStream();
                var outcome = await documents.UploadAsync(User.RequiredUserId(), kind, Upload.File.FileName, Upload.File.Length, content, cancellationToken);
                StatusMessage = outcome == UploadOutcome.Replaced ? localizer["{0} replaced.", localizer.DocumentKind(kind)] : localizer["{0} uploaded.", localizer.DocumentKind(kind)];
                return RedirectToPage();
            }
            catch (DomainRuleException e)
            {
                ModelState.AddModelError(FileKey, localizer.Say(e));
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (await documents.DeleteMineAsync(User.RequiredUserId(), id, cancellationToken) is not { } kind)
        {
            return NotFound();
        }

        StatusMessage = localizer["{0} deleted.", localizer.DocumentKind(kind)];
        return RedirectToPage();
    }

    public static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var mine = await documents.ListMineAsync(User.RequiredUserId(), cancellationToken);
        Slots = Enum.GetValues<DocumentKind>().Select(k => new DocumentSlot(k, mine.SingleOrDefault(d => d.Kind == k))).ToList();
    }

    public sealed class UploadInput
    {
        public DocumentKind? Kind { get; set; }

        [Required(ErrorMessage = "Choose a PDF file to upload.")]
        public IFormFile? File { get; set; }
    }
}

using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using LeadershipPortal.Web.Features.Dossiers;
using LeadershipPortal.Web.Features.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Pages.Hr.Dossiers;

/// <summary>Upload a PDF or paste a SHA-256 and learn whether it is a dossier the portal issued, for whom and when.</summary>
[RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
public sealed class VerifyModel(DossierRequests dossiers, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const int MaxUploadBytes = 20 * 1024 * 1024;

    [BindProperty]
    [Display(Name = "SHA-256")]
    public string? Sha256 { get; set; }

    [BindProperty]
    [Display(Name = "Dossier PDF")]
    public IFormFile? Upload { get; set; }

    public DossierVerification? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        string hash;
        if (Upload is { Length: > 0 })
        {
            if (Upload.Length > MaxUploadBytes)
            {
                ModelState.AddModelError(nameof(Upload), localizer["The file is larger than 20 MB; no dossier is that large."]);
                return Page();
            }

            await using var stream = Upload.OpenReadStream();
            hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        }
        else if (DossierRequests.IsSha256(Sha256))
        {
            hash = Sha256!;
        }
        else
        {
            ModelState.AddModelError(nameof(Sha256), localizer["Upload the PDF, or paste its SHA-256: 64 characters 0–9 and a–f."]);
            return Page();
        }

        Result = await dossiers.VerifyAsync(hash, cancellationToken);
        return Page();
    }
}

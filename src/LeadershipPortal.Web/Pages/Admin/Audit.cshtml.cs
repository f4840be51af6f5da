using LeadershipPortal.Domain.Audit;
using LeadershipPortal.Web.Features.Audit;
using LeadershipPortal.Web.Features.Common;
using LeadershipPortal.Web.Features.Dashboards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Admin;

public sealed class AuditModel(AuditBrowser browser) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    public PagedResult<AuditRow> Events { get; private set; } = new([], 1, 50, 0);

    public IReadOnlyList<string> Actions { get; private set; } = [];

    /// <summary>Set after the administrator asks for a verification.</summary>
    public AuditChainVerification? Verification { get; private set; }

    public async Task OnGetAsync(int? p, CancellationToken cancellationToken) => await LoadAsync(p, cancellationToken);

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        Verification = await browser.VerifyAsync(cancellationToken);
        await LoadAsync(1, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(int? p, CancellationToken cancellationToken)
    {
        Actions = await browser.ActionsAsync(cancellationToken);
        Events = await browser.ListAsync(Actions.Contains(Action) ? Action : null, Paging.Normalise(p), cancellationToken: cancellationToken);
    }
}

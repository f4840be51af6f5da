using LeadershipPortal.Web.Features.Common;
using LeadershipPortal.Web.Features.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Admin.Users;

public sealed class IndexModel(UserAdministration administration) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public PagedResult<UserRow> Users { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public async Task OnGetAsync(int? p, CancellationToken cancellationToken)
    {
        var role = Identity.Roles.All.Contains(Role) ? Role : null;
        Users = await administration.SearchAsync(Search, role, Paging.Normalise(p), cancellationToken: cancellationToken);
    }
}

using LeadershipPortal.Web.Features.Common;
using LeadershipPortal.Web.Features.Dashboards;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Assess;

public sealed class IndexModel(AssessorQueue queue) : PageModel
{
    public AssessorQueueView View { get; private set; } = null!;

    public async Task OnGetAsync(int? p, CancellationToken cancellationToken) =>
        View = await queue.LoadAsync(User.RequiredUserId(), Paging.Normalise(p), cancellationToken: cancellationToken);

    public static string Describe(AssessorTaskStatus status) => status switch
    {
        AssessorTaskStatus.NotStarted => "To score",
        AssessorTaskStatus.Draft => "Draft saved",
        AssessorTaskStatus.Submitted => "Submitted",
        _ => status.ToString(),
    };
}

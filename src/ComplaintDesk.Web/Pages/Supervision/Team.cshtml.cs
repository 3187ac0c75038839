using ComplaintDesk.Assignment;

namespace ComplaintDesk.Web.Pages.Supervision;

/// <summary>Each handler's load and each department's unowned backlog; every figure links to its list.</summary>
public sealed class TeamModel(TeamLoadQueries team) : PageModel
{
    public TeamLoad Load { get; private set; } = new([], [], 0, default);

    public async Task OnGetAsync(CancellationToken ct) => Load = await team.GetAsync(ct);
}

using ComplaintDesk.Assignment;
using ComplaintDesk.Complaints.Views;
using ComplaintDesk.ReferenceData;

namespace ComplaintDesk.Web.Pages.Supervision;

/// <summary>The open complaints behind a figure on the team page: one handler's, or a department's unowned ones.</summary>
public sealed class ComplaintsModel(OpenCaseQueries cases, TeamLoadQueries team, ReferenceDataService reference) : PageModel
{
    [FromQuery(Name = "assignee")] public long? HandlerId { get; set; }
    [FromQuery(Name = "department")] public long? DepartmentId { get; set; }
    [FromQuery(Name = "unowned")] public bool Unowned { get; set; }
    [FromQuery(Name = "due")] public DueState? Due { get; set; }
    [FromQuery(Name = "cursor")] public string? Cursor { get; set; }

    public Page<OpenCaseRow> Cases { get; private set; } = new([], null);
    public AssignmentChoices Choices { get; private set; } = AssignmentChoices.Empty;

    public string? HandlerName =>
        Choices.Handlers.FirstOrDefault(h => h.StaffId == HandlerId) is { } h ? $"{h.Name} ({h.StaffNumber})"
        : Cases.Items.FirstOrDefault()?.HandlerName;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) (HandlerId, DepartmentId, Due) = (null, null, null);
        if (Cursor is not null && !OpenCaseQueries.TryDecodeCursor(Cursor, out _)) Cursor = null;
        Cases = await cases.ListAsync(new OpenCaseFilter(HandlerId: HandlerId, DepartmentId: DepartmentId, UnownedOnly: Unowned,
            Due: Due, Cursor: Cursor), ct);
        Choices = await AssignmentChoices.LoadAsync(reference, team, ct);
    }

    public string PageLink(string? cursor) =>
        $"?assignee={HandlerId}&department={DepartmentId}&unowned={Unowned.ToString().ToLowerInvariant()}&due={Due}&cursor={cursor}";
}

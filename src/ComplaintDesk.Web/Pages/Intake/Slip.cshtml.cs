using ComplaintDesk.Complaints.Views;
using ComplaintDesk.ReferenceData;
using ComplaintDesk.Web.Hosting;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Pages.Intake;

/// <summary>The acknowledgement slip (回执) handed to the customer: the number, what was recorded, when to expect an answer.</summary>
public sealed class SlipModel(ComplaintQueries queries, ReferenceDataService reference, IOptions<OrganizationOptions> organization)
    : PageModel
{
    public ComplaintView Complaint { get; private set; } = null!;
    public Category? Category { get; private set; }
    public OrganizationOptions Organization => organization.Value;

    public async Task OnGetAsync(long id, CancellationToken ct)
    {
        Complaint = await queries.GetAsync(id, User.ToActor(), ct);
        Category = (await reference.CategoriesAsync(ct)).FirstOrDefault(c => c.Id == Complaint.CategoryId);
    }
}

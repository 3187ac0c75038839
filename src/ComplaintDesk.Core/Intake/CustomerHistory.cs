using ComplaintDesk.Complaints.Views;

namespace ComplaintDesk.Intake;

/// <summary>
/// The customer's earlier complaints, found by phone or ID number as intake types them, so nobody has to tell the
/// story twice (seed 001). Both columns are indexed; the list is short by nature, newest first.
/// </summary>
public sealed class CustomerHistory(ComplaintDbContext db)
{
    public const int MaxItems = 20;

    public async Task<IReadOnlyList<ComplaintSummary>> FindAsync(string? phone, string? nationalId, CancellationToken ct)
    {
        var p = string.IsNullOrWhiteSpace(phone) ? null : PersonalData.NormalizePhone(phone);
        var id = string.IsNullOrWhiteSpace(nationalId) ? null : PersonalData.NormalizeNationalId(nationalId);
        // Too short to identify anyone: answering would let a clerk browse other customers by prefix.
        if (p is not { Length: >= 7 }) p = null;
        if (id is not { Length: >= 6 }) id = null;
        if (p is null && id is null) return [];

        return await db.Complaints.AsNoTracking()
            .Where(c => (p != null && c.Customer.Phone == p) || (id != null && c.Customer.NationalId == id))
            .OrderByDescending(c => c.Id)
            .Take(MaxItems)
            .Select(c => new ComplaintSummary(c.Id, c.Number, c.Status, c.Customer.Name, c.Channel, c.CategoryId, c.Priority,
                c.DepartmentId, c.AssigneeId, c.AssigneeName, c.ReceivedAt, c.UpdatedAt))
            .ToListAsync(ct);
    }
}

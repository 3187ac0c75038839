namespace ComplaintDesk.Complaints;

internal static class ComplaintSearch
{
    /// <summary>Complaint number or customer phone (exact), or part of the customer's name; blank matches everything.</summary>
    public static IQueryable<Complaint> Matching(this IQueryable<Complaint> query, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return query;
        var q = text.Trim();
        var pattern = "%" + q.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        // Phones are stored without spaces and dashes, so "138 1234-5678" finds 13812345678.
        var phone = Common.PersonalData.NormalizePhone(q);
        return query.Where(c => c.Number == q || c.Customer.Phone == phone || EF.Functions.ILike(c.Customer.Name, pattern));
    }
}

namespace ComplaintDesk.Complaints;

/// <summary>The complainant as recorded at intake.</summary>
public sealed record Customer(string Name, string Phone, string? Email, string? NationalId, string? CustomerReference);

using ComplaintDesk.Notifications;

namespace ComplaintDesk.Complaints;

/// <summary>The complainant as recorded at intake.</summary>
/// <param name="PreferredLanguage">The language of the messages the customer is sent: zh-CN or en.</param>
public sealed record Customer(string Name, string Phone, string? Email, string? NationalId, string? CustomerReference,
    string PreferredLanguage = MessageLanguages.Chinese);

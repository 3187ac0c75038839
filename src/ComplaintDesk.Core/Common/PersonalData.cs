using System.Text.RegularExpressions;

namespace ComplaintDesk.Common;

/// <summary>Masks phone and ID numbers for logs and for roles that do not need to see them.</summary>
public static partial class PersonalData
{
    /// <summary>
    /// The form a phone number is stored and searched in: without spaces and dashes, so "138 1234-5678" typed at the
    /// counter finds the complaint registered as 13812345678 on the phone.
    /// </summary>
    public static string NormalizePhone(string phone) =>
        string.Concat(phone.Where(ch => ch is not (' ' or '-'))).Trim();

    public static string NormalizeNationalId(string id) => id.Trim().ToUpperInvariant();

    public static string? MaskPhone(string? phone) => phone is null ? null : MaskMiddle(phone, keepStart: 3, keepEnd: 4);

    public static string? MaskNationalId(string? id) => id is null ? null : MaskMiddle(id, keepStart: 3, keepEnd: 4);

    /// <summary>Keeps the first character of the mailbox and the domain: z***@example.com.</summary>
    public static string? MaskEmail(string? email)
    {
        if (email is null) return null;
        var at = email.LastIndexOf('@');
        return at <= 0 ? new string('*', email.Length) : string.Concat(email.AsSpan(0, 1), "***", email.AsSpan(at));
    }

    /// <summary>Masks every run of 7 or more digits (phone, ID and card numbers) inside free text.</summary>
    public static string MaskDigitsIn(string text) =>
        LongDigitRun().Replace(text, m => MaskMiddle(m.Value, keepStart: 3, keepEnd: 4));

    private static string MaskMiddle(string value, int keepStart, int keepEnd)
    {
        if (value.Length <= keepStart + keepEnd) return new string('*', value.Length);
        return string.Concat(value.AsSpan(0, keepStart), new string('*', value.Length - keepStart - keepEnd), value.AsSpan(value.Length - keepEnd));
    }

    // Not after a letter, so complaint numbers such as TS20261122000123 stay readable.
    [GeneratedRegex(@"(?<![0-9A-Za-z])[0-9]{6,}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex LongDigitRun();
}

using System.Security.Cryptography;
using System.Text;

namespace ComplaintDesk.CustomerPortal;

/// <summary>
/// Compares the phone number typed on the look-up page with the one on file: digits only, China's country code
/// dropped, compared as hashes in constant time so the answer's timing says nothing about how much matched.
/// </summary>
public static class PhoneMatch
{
    /// <summary>Compared against when no complaint has the number, so a miss costs the same as a wrong phone.</summary>
    private static readonly byte[] Nothing = SHA256.HashData("no complaint"u8);

    public static string Normalize(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("0086", StringComparison.Ordinal)) return digits[4..];
        return digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal) ? digits[2..] : digits;
    }

    public static bool Same(string? onFile, string? typed)
    {
        var typedDigits = Normalize(typed);
        var expected = onFile is null ? Nothing : Hash(Normalize(onFile));
        var equal = CryptographicOperations.FixedTimeEquals(expected, Hash(typedDigits));
        return equal && onFile is not null && typedDigits.Length > 0;
    }

    private static byte[] Hash(string digits) => SHA256.HashData(Encoding.UTF8.GetBytes(digits));
}

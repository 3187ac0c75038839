using System.Buffers.Binary;
using System.Buffers.Text;

namespace ComplaintDesk.Common;

/// <summary>
/// The opaque "after this row" cursor of lists ordered by an instant and then the id (the handler's queue by deadline,
/// the supervisors' lists by receipt): both values in 16 bytes, base64url.
/// </summary>
public static class KeysetCursor
{
    private const int Size = 16;

    public static string Encode(DateTimeOffset at, long id)
    {
        Span<byte> bytes = stackalloc byte[Size];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, at.UtcTicks);
        BinaryPrimitives.WriteInt64LittleEndian(bytes[8..], id);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>False for anything this class did not produce: wrong length, bad characters, impossible values.</summary>
    public static bool TryDecode(string cursor, out DateTimeOffset at, out long id)
    {
        at = default;
        id = 0;
        Span<byte> bytes = stackalloc byte[Size];
        if (!Base64Url.IsValid(cursor) || Base64Url.GetMaxDecodedLength(cursor.Length) > Size) return false;
        if (!Base64Url.TryDecodeFromChars(cursor, bytes, out var written) || written != Size) return false;
        var ticks = BinaryPrimitives.ReadInt64LittleEndian(bytes);
        var value = BinaryPrimitives.ReadInt64LittleEndian(bytes[8..]);
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks || value <= 0) return false;
        (at, id) = (new DateTimeOffset(ticks, TimeSpan.Zero), value);
        return true;
    }
}

using System.Diagnostics.CodeAnalysis;

namespace ComplaintDesk.Complaints.Timeline;

internal static class FreeText
{
    /// <summary>Null stays null: an entry written by an older version may lack the field.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Mask(string? text) => text is null ? null : PersonalData.MaskDigitsIn(text);
}

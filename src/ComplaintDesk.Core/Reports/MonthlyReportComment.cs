namespace ComplaintDesk.Reports;

/// <summary>A manager's commentary on one section of a monthly report; <see cref="Version"/> guards concurrent edits.</summary>
public sealed class MonthlyReportComment
{
    public const int MaxLength = 4000;

    private MonthlyReportComment() { }

    public MonthlyReportComment(DateOnly month, string section)
    {
        Month = month;
        Section = section;
    }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; private set; }
    public string Section { get; private set; } = "";
    public string Text { get; private set; } = "";
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>0 before the first save; the ETag of the API.</summary>
    public int Version { get; private set; }

    public const string TooLong = "A commentary is at most 4000 characters.";

    /// <summary>Line breaks are stored as one character each, as the browser's box counted them (forms post CR LF).</summary>
    public static string Normalize(string text) => text.ReplaceLineEndings("\n").Trim();

    public void Write(string text, Actor by, DateTimeOffset now)
    {
        text = Normalize(text);
        if (text.Length > MaxLength) throw new RuleViolationException("text", TooLong);
        Text = text;
        UpdatedBy = $"{by.Name} ({by.StaffNumber})";
        UpdatedAt = Clock.Normalize(now);
        Version++;
    }
}

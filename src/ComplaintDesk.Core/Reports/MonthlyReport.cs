namespace ComplaintDesk.Reports;

/// <summary>
/// A month's figures beside the previous month's, the biggest movers, and the managers' commentary per section.
/// Both dashboards are included whole, so the report can show any figure the dashboard shows.
/// </summary>
public sealed record MonthlyReport(
    DateOnly Month,
    DateOnly PreviousMonth,
    IReadOnlyList<MonthlyFigure> Figures,
    IReadOnlyList<Mover> Movers,
    IReadOnlyList<MonthlyComment> Comments,
    Dashboard Current,
    Dashboard Previous);

/// <summary>
/// A count (or, for rates, a share between 0 and 1) this month and last; the key drills down as on the dashboard. A rate
/// over no complaints, a median of none and an average of no ratings are null, and so is any change from or to them.
/// </summary>
public sealed record MonthlyFigure(string Section, string Name, string? Key, double? Now, double? Before, double? Delta, double? Change, bool IsRate);

/// <summary>
/// A category, department or channel whose volume changed the most; <see cref="By"/> says whether it is listed for the
/// change in complaints or for the change as a share of last month.
/// </summary>
public sealed record Mover(string Dimension, string Key, string Label, string LabelEn, long Now, long Before, long Delta, double? Change,
    MoverBasis By = MoverBasis.Count);

public enum MoverBasis { Count, Share }

/// <summary>One section's commentary; version 0 means nobody wrote any yet (send If-Match "0" to write the first).</summary>
public sealed record MonthlyComment(string Section, string Text, string? UpdatedBy, DateTimeOffset? UpdatedAt, int Version);

namespace ComplaintDesk.Reports;

/// <summary>One bar: where it stands in the chart's coordinates, and the figure it opens.</summary>
public sealed record ChartBar(string Label, long Value, string Key, double X, double Y, double Width, double Height);

/// <summary>
/// The geometry of a server-drawn SVG bar chart (vertical bars, the trend; horizontal ones, distributions): bars scaled
/// to a round axis maximum so the gridlines read 0, 5, 10… and not 0, 3.4, 6.8. No script and no CDN needed, and it prints.
/// </summary>
public sealed class BarChart
{
    public const double Gap = 0.2;

    private BarChart(double width, double height, long axisMax, IReadOnlyList<ChartBar> bars)
    {
        (Width, Height, AxisMax, Bars) = (width, height, axisMax, bars);
    }

    public double Width { get; }
    public double Height { get; }
    /// <summary>The value at the top (or right end) of the axis: 1, 2 or 5 times a power of ten, at least the largest value.</summary>
    public long AxisMax { get; }
    public IReadOnlyList<ChartBar> Bars { get; }

    /// <summary>Gridline values from 0 to <see cref="AxisMax"/> in four or five steps.</summary>
    public IEnumerable<long> Ticks
    {
        get
        {
            var step = Math.Max(1, AxisMax / (AxisMax % 4 == 0 ? 4 : 5));
            for (var v = 0L; v <= AxisMax; v += step) yield return v;
        }
    }

    /// <summary>Bars standing on the bottom edge, left to right.</summary>
    public static BarChart Columns(IReadOnlyList<(string Label, long Value, string Key)> points, double width, double height)
    {
        var max = NiceMax(points.Count == 0 ? 0 : points.Max(p => p.Value));
        var slot = points.Count == 0 ? width : width / points.Count;
        var bars = points.Select((p, i) =>
        {
            var h = height * p.Value / max;
            return new ChartBar(p.Label, p.Value, p.Key, i * slot + slot * Gap / 2, height - h, slot * (1 - Gap), h);
        }).ToList();
        return new BarChart(width, height, max, bars);
    }

    /// <summary>Bars growing from the left edge, top to bottom.</summary>
    public static BarChart Rows(IReadOnlyList<(string Label, long Value, string Key)> points, double width, double rowHeight)
    {
        var max = NiceMax(points.Count == 0 ? 0 : points.Max(p => p.Value));
        var bars = points.Select((p, i) =>
            new ChartBar(p.Label, p.Value, p.Key, 0, i * rowHeight + rowHeight * Gap / 2, width * p.Value / max, rowHeight * (1 - Gap))).ToList();
        return new BarChart(width, rowHeight * points.Count, max, bars);
    }

    /// <summary>The widest label column of a horizontal chart; longer labels are shortened with "…".</summary>
    public const double MaxLabelWidth = 200;

    /// <summary>
    /// Room for the longest label of a horizontal chart, estimated at the charts' 11 px font (CJK characters are about
    /// twice as wide as Latin ones): SVG text does not wrap, and a label wider than its column is cut off at the edge.
    /// </summary>
    public double LabelWidth => Math.Clamp(Bars.Select(b => TextWidth(FitLabel(b.Label))).DefaultIfEmpty(0).Max() + 10, 24, MaxLabelWidth + 10);

    /// <summary>The label as drawn: whole when it fits <see cref="MaxLabelWidth"/>, else cut with an ellipsis.</summary>
    public static string FitLabel(string label)
    {
        if (TextWidth(label) <= MaxLabelWidth) return label;
        var (width, end) = (TextWidth("…"), 0);
        while (end < label.Length && width + CharWidth(label[end]) <= MaxLabelWidth) width += CharWidth(label[end++]);
        return label[..end] + "…";
    }

    public static double TextWidth(string text) => text.Sum(CharWidth);

    private static double CharWidth(char ch) => ch >= '\u2E80' ? 11.0 : 6.3;

    /// <summary>The smallest of 1, 2, 5, 10, 20, 50… that is at least <paramref name="value"/>.</summary>
    public static long NiceMax(long value)
    {
        if (value <= 1) return 1;
        for (long power = 1; ; power *= 10)
            foreach (var m in new[] { 1L, 2L, 5L })
                if (m * power >= value) return m * power;
    }
}

using ComplaintDesk.Reports;

namespace ComplaintDesk.UnitTests.Reports;

public sealed class BarChartTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(3, 5)]
    [InlineData(7, 10)]
    [InlineData(11, 20)]
    [InlineData(20, 20)]
    [InlineData(21, 50)]
    [InlineData(999, 1000)]
    [InlineData(1_000_001, 2_000_000)]
    public void The_axis_ends_at_a_round_number_not_below_the_largest_value(long largest, long axis) =>
        BarChart.NiceMax(largest).ShouldBe(axis);

    [Fact]
    public void Columns_share_the_width_and_stand_on_the_bottom_scaled_to_the_axis()
    {
        var chart = BarChart.Columns([("1", 5, "day:a"), ("2", 10, "day:b"), ("3", 0, "day:c"), ("4", 8, "day:d")], 400, 100);

        chart.AxisMax.ShouldBe(10);
        chart.Bars.Select(b => b.Height).ShouldBe([50, 100, 0, 80]);
        chart.Bars.Select(b => b.Y + b.Height).ShouldAllBe(bottom => bottom == 100);
        chart.Bars.Select(b => Math.Round(b.X, 6)).ShouldBe([10, 110, 210, 310]);
        chart.Bars.ShouldAllBe(b => Math.Round(b.Width, 6) == 80);
        chart.Bars[1].Key.ShouldBe("day:b");
    }

    [Fact]
    public void Rows_grow_from_the_left_one_under_the_other()
    {
        var chart = BarChart.Rows([("5", 3, "satisfaction:5"), ("4", 1, "satisfaction:4")], 200, 20);

        chart.AxisMax.ShouldBe(5);
        chart.Height.ShouldBe(40);
        chart.Bars.Select(b => (b.Width, b.Y)).ShouldBe([(120.0, 2.0), (40.0, 22.0)]);
    }

    [Fact]
    public void An_empty_chart_has_no_bars_and_a_unit_axis()
    {
        var chart = BarChart.Columns([], 100, 50);

        chart.Bars.ShouldBeEmpty();
        chart.Ticks.ShouldBe([0, 1]);
    }

    [Fact]
    public void Gridlines_step_evenly_to_the_axis_maximum() =>
        BarChart.Columns([("a", 17, "x")], 10, 10).Ticks.ShouldBe([0, 5, 10, 15, 20]);

    [Fact]
    public void The_label_column_fits_the_longest_label_and_CJK_characters_count_double()
    {
        var latin = BarChart.Rows([("Online and mobile banking", 3, "category:NET"), ("Fees", 1, "category:FEES")], 240, 22);
        var chinese = BarChart.Rows([("网上银行与手机银行", 3, "category:NET")], 240, 22);

        latin.LabelWidth.ShouldBe(25 * 6.3 + 10, 0.001);
        chinese.LabelWidth.ShouldBe(9 * 11.0 + 10, 0.001);
        BarChart.Rows([("5", 1, "satisfaction:5")], 240, 22).LabelWidth.ShouldBe(24);
    }

    [Fact]
    public void A_label_too_long_for_the_column_is_cut_with_an_ellipsis_and_the_column_stops_growing()
    {
        var root = new string('系', 30) + "统故障";
        var chart = BarChart.Rows([(root, 3, "rootcause:x")], 240, 22);

        var drawn = BarChart.FitLabel(root);
        drawn.ShouldEndWith("…");
        drawn.Length.ShouldBeLessThan(root.Length);
        BarChart.TextWidth(drawn).ShouldBeLessThanOrEqualTo(BarChart.MaxLabelWidth);
        chart.LabelWidth.ShouldBeLessThanOrEqualTo(BarChart.MaxLabelWidth + 10);
        BarChart.FitLabel("Fees").ShouldBe("Fees");
    }
}

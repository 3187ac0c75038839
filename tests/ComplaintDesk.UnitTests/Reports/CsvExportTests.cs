using System.Globalization;
using System.Text;
using ComplaintDesk.Reports;
using CsvHelper;

namespace ComplaintDesk.UnitTests.Reports;

public sealed class CsvExportTests
{
    [Fact]
    public void Chinese_text_with_commas_quotes_and_line_breaks_reads_back_unchanged_after_a_utf8_bom()
    {
        var at = new DateTimeOffset(2026, 11, 28, 9, 30, 0, TimeSpan.FromHours(8));
        var bytes = CsvExport.Write(["编号", "描述", "金额", "受理时间"],
            [["TS-2026-000001", "信用卡年费，\"未经同意\"扣收\n第二行", 1234.5m, at]]);

        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read().ShouldBeTrue();
        csv.ReadHeader();
        csv.HeaderRecord.ShouldBe(["编号", "描述", "金额", "受理时间"]);
        csv.Read().ShouldBeTrue();
        csv.GetField(1).ShouldBe("信用卡年费，\"未经同意\"扣收\n第二行");
        csv.GetField(2).ShouldBe("1234.5");
        csv.GetField(3).ShouldBe("2026-11-28T09:30:00+08:00");
        csv.Read().ShouldBeFalse();
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_refused()
    {
        Should.Throw<ArgumentException>(() => CsvExport.Write(["a", "b"], [["only one"]]));
    }
}

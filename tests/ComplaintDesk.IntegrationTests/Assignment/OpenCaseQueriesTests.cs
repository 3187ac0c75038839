using ComplaintDesk.Assignment;
using ComplaintDesk.Clocks;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.IntegrationTests.Assignment;

public sealed class OpenCaseQueriesTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Triage_pages_oldest_first_with_ties_broken_by_id_and_no_row_twice()
    {
        var at = DateTimeOffset.UtcNow.AddDays(-2);
        var counter = await fx.ClientAsync("counter");
        var sameTime = new List<long>();
        for (var i = 0; i < 3; i++)
            sameTime.Add((await Api.RegisterAsync(counter, Body(at))).Id);
        var earliest = (await Api.RegisterAsync(counter, Body(at.AddHours(-1)))).Id;
        await using var db = fx.Database.CreateContext();
        var queries = new OpenCaseQueries(db, TimeProvider.System, new ResponseDeadline(Options.Create(new ResponseDeadlineOptions())));

        var first = await queries.ListAsync(new OpenCaseFilter(AwaitingTriage: true, Limit: 2), CancellationToken.None);
        var second = await queries.ListAsync(new OpenCaseFilter(AwaitingTriage: true, Limit: 2, Cursor: first.NextCursor), CancellationToken.None);

        first.Items.Select(c => c.Id).ShouldBe([earliest, sameTime[0]]);
        second.Items.Select(c => c.Id).ShouldBe([sameTime[1], sameTime[2]]);
        second.NextCursor.ShouldBeNull();
    }

    [Fact]
    public void A_cursor_that_was_not_issued_is_refused()
    {
        OpenCaseQueries.TryDecodeCursor("not-a-cursor", out _).ShouldBeFalse();
        OpenCaseQueries.TryDecodeCursor(new string('A', 400), out _).ShouldBeFalse();
    }

    private object Body(DateTimeOffset receivedAt) => new
    {
        customer = new { name = "赵六", phone = "13900002222" },
        channel = "Letter",
        receivedAt,
        categoryId = fx.Staff.CategoryId,
        description = "来信投诉年费扣收。",
    };
}

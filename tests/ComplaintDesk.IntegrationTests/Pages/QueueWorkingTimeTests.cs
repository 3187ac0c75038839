using static ComplaintDesk.IntegrationTests.Clocks.SlaTestSupport;

namespace ComplaintDesk.IntegrationTests.Pages;

/// <summary>
/// The queue's working time left, on the test clock (Monday 9 March 2026, 10:00 in Shanghai): first contact on a
/// complaint received then is due at the close of Wednesday, 17:00.
/// </summary>
public sealed class QueueWorkingTimeTests(ApiFixture.OnFakeClock fx) : IClassFixture<ApiFixture.OnFakeClock>
{
    [Fact]
    public async Task A_deadline_passed_after_closing_time_reads_as_past_due_not_as_hours_left()
    {
        var c = await Api.RegisterAsync(await fx.ClientAsync("counter"), Api.NewComplaint(categoryId: fx.Staff.CategoryId));
        await Api.StepAsync(await fx.ClientAsync("supervisor"), c.Id, "assign",
            new { departmentId = fx.Staff.DepartmentId, handlerId = fx.Staff.ByUserName["handler"].Id });

        fx.Clock.SetUtcNow(CloseOfShanghaiDay(3, 11).AddHours(-2));
        var before = await (await PageSession.SignInAsync(fx.App, "handler")).GetPageAsync("/queue");
        // Three hours after the close: overdue, yet no working time has been lost since. (Signed in again: the
        // sign-in cookie ages with the test clock.)
        fx.Clock.SetUtcNow(CloseOfShanghaiDay(3, 11).AddHours(3));
        var after = await (await PageSession.SignInAsync(fx.App, "handler")).GetPageAsync("/queue");

        Html.TestId(before, "working-time-left").ShouldBe("2 working hours left");
        Html.TestId(after, "working-time-left").ShouldBe("Past due outside working hours");
    }
}

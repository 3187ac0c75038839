using ComplaintDesk.Complaints.Views;
using ComplaintDesk.IntegrationTests.Infrastructure;

namespace ComplaintDesk.IntegrationTests.Pages;

/// <summary>Sets complaints up through the API (as intake and a supervisor would), for the pages to show.</summary>
internal sealed class PageScenario(ApiFixture fx)
{
    public async Task<ComplaintView> RegisterAsync(DateTimeOffset? receivedAt = null, string name = "王小明", string phone = "13800001111",
        string priority = "Normal")
    {
        var supervisor = await fx.ClientAsync("supervisor");
        return await Api.RegisterAsync(supervisor, new
        {
            customer = new { name, phone, nationalId = "110101199003071234" },
            channel = "Phone",
            receivedAt,
            priority,
            description = "信用卡办理两个月仍未收到,也没有任何解释。",
            desiredOutcome = "尽快寄送并说明原因",
        });
    }

    /// <summary>Assigns to the test department and, unless <paramref name="handler"/> is null, to that handler.</summary>
    public async Task<ComplaintView> AssignAsync(long id, string? handler = "handler")
    {
        var supervisor = await fx.ClientAsync("supervisor");
        return await Api.StepAsync(supervisor, id, "assign",
            new { departmentId = fx.Staff.DepartmentId, handlerId = handler is null ? (long?)null : fx.Staff.ByUserName[handler].Id });
    }

    public async Task<ComplaintView> StepAsync(long id, string step, object? body = null, string user = "handler") =>
        await Api.StepAsync(await fx.ClientAsync(user), id, step, body);

    public async Task<ComplaintView> InProgressAsync(string handler = "handler")
    {
        var c = await RegisterAsync();
        await AssignAsync(c.Id, handler);
        return await StepAsync(c.Id, "start", user: handler);
    }

    public async Task<ComplaintView> AwaitingConfirmationAsync()
    {
        var c = await InProgressAsync();
        await StepAsync(c.Id, "resolve", new { outcome = "已补寄", measuresTaken = "加急寄送", upheld = true });
        return await StepAsync(c.Id, "feedback", new { channel = "Phone", summary = "电话告知客户" });
    }

    public async Task<ComplaintView> GetAsync(long id) =>
        await Api.GetAsync<ComplaintView>(await fx.ClientAsync("supervisor"), $"/api/complaints/{id}");

    public async Task<TimelineView> TimelineAsync(long id) =>
        await Api.GetAsync<TimelineView>(await fx.ClientAsync("supervisor"), $"/api/complaints/{id}/timeline");
}

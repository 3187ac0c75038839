using ComplaintDesk.Complaints.Views;
using ComplaintDesk.IntegrationTests.Infrastructure;

namespace ComplaintDesk.IntegrationTests.Pages;

/// <summary>Puts complaints into the states the page tests need, through the API as the counter, handler and supervisor would.</summary>
internal static class Cases
{
    public static async Task<ComplaintView> RegisterAsync(ApiFixture fx, double receivedDaysAgo = 0, bool classified = true, string name = "王小明")
    {
        var body = new
        {
            customer = new { name, phone = "13800001111" },
            channel = "Phone",
            receivedAt = receivedDaysAgo == 0 ? (DateTimeOffset?)null : DateTimeOffset.UtcNow.AddDays(-receivedDaysAgo),
            categoryId = classified ? fx.Staff.CategoryId : (long?)null,
            priority = "Normal",
            description = "信用卡办理两个月仍未收到。",
        };
        return await Api.RegisterAsync(await fx.ClientAsync("counter"), body);
    }

    public static async Task<ComplaintView> AssignAsync(ApiFixture fx, long id, string? handler = "handler", long? departmentId = null) =>
        await Api.StepAsync(await fx.ClientAsync("supervisor"), id, "assign",
            new { departmentId = departmentId ?? fx.Staff.DepartmentId, handlerId = handler is null ? (long?)null : fx.Staff.ByUserName[handler].Id });

    /// <summary>Assigned, handled, resolved and told to the customer: the result is with the customer.</summary>
    public static async Task<ComplaintView> AwaitingConfirmationAsync(ApiFixture fx, long id, string handler = "handler")
    {
        await AssignAsync(fx, id, handler);
        var client = await fx.ClientAsync(handler);
        await Api.StepAsync(client, id, "start");
        await Api.StepAsync(client, id, "resolve", new { outcome = "已补寄", measuresTaken = "加急补寄", upheld = true });
        return await Api.StepAsync(client, id, "feedback", new { channel = "Phone", summary = "已电话告知" });
    }

    public static async Task<ComplaintView> ClosedAsync(ApiFixture fx, long id)
    {
        await AwaitingConfirmationAsync(fx, id);
        return await Api.StepAsync(await fx.ClientAsync("counter"), id, "confirm", new { customerSatisfied = true });
    }

    public static async Task<ComplaintView> GetAsync(ApiFixture fx, long id) =>
        await Api.GetAsync<ComplaintView>(await fx.ClientAsync("supervisor"), $"/api/complaints/{id}");
}

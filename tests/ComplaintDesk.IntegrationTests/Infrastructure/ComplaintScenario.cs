namespace ComplaintDesk.IntegrationTests.Infrastructure;

/// <summary>
/// Puts complaints into the state a test needs through the real API, as the counter, the supervisor and the handler
/// would: register → assign → start → resolve → feedback → confirm, appeal or withdraw. The API, page, customer portal
/// and browser tests all set their complaints up with it.
/// </summary>
public sealed class ComplaintScenario(Func<string, Task<HttpClient>> clientFor, TestStaff staff)
{
    public const string Handler = "handler";

    /// <summary>The result the handler gives when a test does not name one.</summary>
    public static readonly object Resolution = new { outcome = "已补寄", measuresTaken = "加急寄送", upheld = true };

    /// <summary>How the handler tells the customer the result when a test does not say.</summary>
    public static readonly object Feedback = new { channel = "Phone", summary = "电话告知客户" };

    /// <summary>The handler's standard escalation report when a test does not need its own.</summary>
    public static readonly object EscalationReport = new
    {
        problem = "客户三次来电未获回复",
        customerMood = "非常不满,表示将向监管投诉",
        customerExpectation = "今天内得到负责人答复",
        actionsTaken = "已两次回电,已查询寄送记录",
        urgency = "Urgent",
    };

    /// <summary>
    /// A new complaint by the counter (or <paramref name="by"/>), in the test category unless <paramref name="classified"/>
    /// is false; <paramref name="receivedAt"/> dates it back.
    /// </summary>
    public async Task<ComplaintView> RegisterAsync(DateTimeOffset? receivedAt = null, string name = "王小明", string phone = "13800001111",
        string priority = "Normal", bool classified = true, string by = "counter")
    {
        using var client = await clientFor(by);
        return await Api.RegisterAsync(client, Api.NewComplaint(phone, name, classified ? staff.CategoryId : null, receivedAt, priority));
    }

    /// <summary>A new complaint taken along the usual path to <paramref name="status"/>.</summary>
    public async Task<ComplaintView> NewAsync(ComplaintStatus status, string handler = Handler) =>
        await BringToAsync(await RegisterAsync(), status, handler);

    /// <summary>
    /// Takes <paramref name="complaint"/> on along the usual path until it has <paramref name="status"/>: assigned to
    /// <paramref name="handler"/> in the test department, started, resolved with <paramref name="resolution"/>, the
    /// result told with <paramref name="feedback"/>, then confirmed or appealed by the customer at the counter; or
    /// withdrawn from where it stands.
    /// </summary>
    public async Task<ComplaintView> BringToAsync(ComplaintView complaint, ComplaintStatus status, string handler = Handler,
        object? resolution = null, object? feedback = null)
    {
        var c = complaint;
        while (c.Status != status)
            c = (c.Status, status) switch
            {
                (_, ComplaintStatus.Withdrawn) => await StepAsync(c.Id, "withdraw", new { reason = "客户撤回投诉" }, "counter"),
                (ComplaintStatus.Registered or ComplaintStatus.Reopened, _) => await AssignAsync(c.Id, handler),
                (ComplaintStatus.Assigned, _) => await StepAsync(c.Id, "start", by: handler),
                (ComplaintStatus.InProgress, _) => await StepAsync(c.Id, "resolve", resolution ?? Resolution, handler),
                (ComplaintStatus.Resolved, _) => await StepAsync(c.Id, "feedback", feedback ?? Feedback, handler),
                (ComplaintStatus.AwaitingConfirmation, ComplaintStatus.Closed) =>
                    await StepAsync(c.Id, "confirm", new { customerSatisfied = true }, "counter"),
                (ComplaintStatus.AwaitingConfirmation, ComplaintStatus.Reopened) =>
                    await StepAsync(c.Id, "appeal", new { reason = "客户来电,不认可处理结果" }, "counter"),
                _ => throw new InvalidOperationException($"The usual path does not lead from {c.Status} to {status}."),
            };
        return c;
    }

    /// <summary>Assigns to the test department (or <paramref name="departmentId"/>) and, unless <paramref name="handler"/> is null, to that handler.</summary>
    public async Task<ComplaintView> AssignAsync(long id, string? handler = Handler, long? departmentId = null) =>
        await StepAsync(id, "assign",
            new { departmentId = departmentId ?? staff.DepartmentId, handlerId = handler is null ? (long?)null : staff.ByUserName[handler].Id },
            "supervisor");

    public async Task<ComplaintView> StepAsync(long id, string step, object? body = null, string by = Handler)
    {
        using var client = await clientFor(by);
        return await Api.StepAsync(client, id, step, body);
    }

    public Task<ComplaintView> GetAsync(long id) => ReadAsync<ComplaintView>($"/api/complaints/{id}");

    public Task<TimelineView> TimelineAsync(long id) => ReadAsync<TimelineView>($"/api/complaints/{id}/timeline");

    private async Task<T> ReadAsync<T>(string url)
    {
        using var client = await clientFor("supervisor");
        return await Api.GetAsync<T>(client, url);
    }
}

using ComplaintDesk.CustomerPortal;

namespace ComplaintDesk.IntegrationTests.CustomerPortal;

/// <summary>Complaints brought to where the customer answers, and the customer's anonymous calls.</summary>
public static class CustomerScenario
{
    public const string Phone = "13800001111";

    /// <summary>Registered by the counter, worked by "handler" (with an internal note and an escalation), result told by SMS.</summary>
    public static async Task<ComplaintView> AwaitingConfirmationAsync(ComplaintScenario given)
    {
        var c = await given.NewAsync(ComplaintStatus.InProgress);
        await given.StepAsync(c.Id, "notes", new { kind = "InternalNote", text = "内部:客户经理分机 13912345678,勿外传" });
        await given.StepAsync(c.Id, "notes", new { kind = "CustomerContact", text = "已致电客户说明进展", customerVisible = true });
        await given.StepAsync(c.Id, "escalate", new
        {
            problem = "升级内部问题", customerMood = "激动", customerExpectation = "当天答复", actionsTaken = "已回电", urgency = "High",
        });
        return await given.BringToAsync(c, ComplaintStatus.AwaitingConfirmation,
            resolution: new { outcome = "补寄信用卡并致歉", measuresTaken = "已加急制卡", upheld = true, rootCause = "内部根因:制卡系统故障" },
            feedback: new { channel = "Sms", summary = "短信告知处理结果" });
    }

    /// <summary>Staff record an appeal for the customer, and "handler" gives a second result: what the customer read is replaced.</summary>
    public static async Task<ComplaintView> NewResultAsync(ComplaintScenario given, long id, string outcome = "第二次结论:退还年费")
    {
        var reopened = await given.BringToAsync(await given.GetAsync(id), ComplaintStatus.Reopened);
        return await given.BringToAsync(reopened, ComplaintStatus.AwaitingConfirmation,
            resolution: new { outcome, measuresTaken = "已退还年费", upheld = true },
            feedback: new { channel = "Phone", summary = "电话告知第二次结果" });
    }

    public static Task<HttpResponseMessage> LookupAsync(HttpClient client, string number, string phone) =>
        client.PostAsJsonAsync("/api/customer/lookup", new { number, phone });

    public static async Task<string> TokenAsync(ComplaintDeskApp app, string number)
    {
        var response = await LookupAsync(app.CreateClient(), number, Phone);
        await Api.ExpectAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    public static Task<CustomerComplaintView> ViewAsync(ComplaintDeskApp app, string token) =>
        Api.GetAsync<CustomerComplaintView>(app.CreateClient(), $"/api/customer/complaints/{token}");

    /// <summary>Failed look-ups stored, all of them or those of one complaint number.</summary>
    public static async Task<long> LookupFailuresAsync(TestDatabase database, string? number = null)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand(number is null
            ? "SELECT count(*) FROM customer_lookup_failures"
            : "SELECT count(*) FROM customer_lookup_failures WHERE complaint_number = @number", connection);
        if (number is not null) cmd.Parameters.AddWithValue("number", number);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    public static Task<HttpResponseMessage> AnswerAsync(ComplaintDeskApp app, string token, string answer, object body) =>
        app.CreateClient().PostAsJsonAsync($"/api/customer/complaints/{token}/{answer}", body);
}

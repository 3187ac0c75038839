using ComplaintDesk.Clocks;

namespace ComplaintDesk.IntegrationTests.Clocks;

/// <summary>Reading deadlines off a complaint and the outbox, and the Admin calls the SLA tests share.</summary>
internal static class SlaTestSupport
{
    public static DeadlineView Deadline(this ComplaintView c, SlaTarget target) =>
        c.Clocks.Deadlines.Where(d => d.Target == target).OrderByDescending(d => d.Round).First();

    /// <summary>The end of a local day in Shanghai (23:59:59), where calendar-day targets of the CN calendar end.</summary>
    public static DateTimeOffset EndOfShanghaiDay(int month, int day) => new DateTimeOffset(2026, month, day, 23, 59, 59, TimeSpan.FromHours(8));

    /// <summary>The close of a working day in Shanghai (17:00), where business-day targets of the CN calendar end.</summary>
    public static DateTimeOffset CloseOfShanghaiDay(int month, int day) => new DateTimeOffset(2026, month, day, 17, 0, 0, TimeSpan.FromHours(8));

    public static object Complaint(long? categoryId = null, string priority = "Normal") => new
    {
        customer = new { name = "王小明", phone = "13800001111", email = "wang@example.com" },
        channel = "Counter", categoryId, priority,
        description = "信用卡办理两个月仍未收到,也没有任何解释。",
    };

    public static async Task<ComplaintView> GetComplaintAsync(HttpClient client, long id) =>
        await Api.GetAsync<ComplaintView>(client, $"/api/complaints/{id}");

    public static async Task<long> NewCategoryAsync(HttpClient admin, string code)
    {
        var response = await admin.PostAsJsonAsync("/api/categories", new { code, name = $"类别{code}", nameEn = code });
        await Api.ExpectAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    public static async Task<JsonElement> NewPolicyAsync(HttpClient admin, long? categoryId, string? priority, int firstContactDays, int resolutionDays)
    {
        var response = await admin.PostAsJsonAsync("/api/sla/policies", Policy(categoryId, priority, firstContactDays, resolutionDays));
        await Api.ExpectAsync(response, HttpStatusCode.Created);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static object Policy(long? categoryId, string? priority, int firstContactDays, int resolutionDays) => new
    {
        name = $"政策 {categoryId} {priority}", categoryId, priority,
        acknowledgement = new { amount = 4, unit = "BusinessHours" },
        firstContact = new { amount = firstContactDays, unit = "BusinessDays" },
        resolution = new { amount = resolutionDays, unit = "CalendarDays" },
    };

    public static async Task SetDayAsync(HttpClient admin, string date, string kind, string name) =>
        await Api.ExpectAsync(await admin.PutAsJsonAsync($"/api/sla/calendars/CN/days/{date}", new { kind, name }), HttpStatusCode.OK);

    public static async Task RemoveDayAsync(HttpClient admin, string date) =>
        await Api.ExpectAsync(await admin.DeleteAsync($"/api/sla/calendars/CN/days/{date}"), HttpStatusCode.OK);

    public static async Task SelectAsync(HttpClient admin, string profileCode, string calendarCode) =>
        await Api.ExpectAsync(await admin.PutAsJsonAsync("/api/sla/settings", new { profileCode, calendarCode }), HttpStatusCode.OK);

    public sealed record OutboxRow(string Template, string Channel, long? RecipientStaffId, string? RecipientAddress, JsonElement Payload);

    public static async Task<List<OutboxRow>> OutboxAsync(TestDatabase database, long complaintId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand(
            "SELECT template, channel, recipient_staff_id, recipient_address, payload::text FROM outbox_messages WHERE complaint_id = @id ORDER BY id",
            connection);
        cmd.Parameters.AddWithValue("id", complaintId);
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<OutboxRow>();
        while (await reader.ReadAsync())
            rows.Add(new OutboxRow(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt64(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), JsonDocument.Parse(reader.GetString(4)).RootElement.Clone()));
        return rows;
    }
}

using Microsoft.AspNetCore.Hosting;

namespace ComplaintDesk.IntegrationTests.Hosting;

public sealed class RequestLogTests
{
    private sealed class LoggingApp(string connectionString, string logPath) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Complaints", connectionString);
            builder.UseSetting("Logging:File:Path", logPath);
        }
    }

    [Fact]
    public async Task Each_request_is_one_log_line_with_status_user_and_complaint_number_and_phone_numbers_are_masked()
    {
        await using var database = await TestDatabase.CreateAsync();
        await TestStaff.SeedAsync(database);
        var logPath = Path.Combine(Path.GetTempPath(), $"cd-log-{Guid.NewGuid():N}.json");
        var app = new LoggingApp(database.ConnectionString, logPath);
        var helper = new ComplaintDeskApp(database.ConnectionString);
        string number;
        try
        {
            // The token comes from a second host so that this app's log holds only the two requests below.
            var client = app.CreateClient();
            client.DefaultRequestHeaders.Authorization = (await helper.ClientForAsync("counter")).DefaultRequestHeaders.Authorization;
            number = (await Api.RegisterAsync(client, Api.NewComplaint(phone: "13812345678"))).Number;
            (await client.GetAsync("/api/complaints?q=13812345678")).EnsureSuccessStatusCode();
        }
        finally
        {
            await app.DisposeAsync();
            await helper.DisposeAsync();
        }

        var text = string.Concat(Directory.GetFiles(Path.GetDirectoryName(logPath)!, Path.GetFileNameWithoutExtension(logPath) + "*")
            .Select(File.ReadAllText));
        var requestLines = text.Split('\n').Where(l => l.Contains("RequestLoggingMiddleware")).ToList();
        requestLines.Count.ShouldBe(2);
        requestLines[0].ShouldContain("\"StatusCode\":201");
        requestLines[0].ShouldContain($"\"ComplaintNumber\":\"{number}\"");
        requestLines[0].ShouldContain("\"User\":\"counter\"");
        requestLines[1].ShouldContain("138****5678");
        text.ShouldNotContain("13812345678");
    }
}

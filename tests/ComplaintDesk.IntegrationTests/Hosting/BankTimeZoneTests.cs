using ComplaintDesk.Common;
using ComplaintDesk.Web.Hosting;
using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintDesk.IntegrationTests.Hosting;

/// <summary>Organization:TimeZone is the desk's one zone; the settings each part once had may not disagree with it.</summary>
public sealed class BankTimeZoneTests
{
    [Theory]
    [InlineData(null, "Asia/Shanghai", "TS20261124")]
    [InlineData("Europe/London", "Europe/London", "TS20261123")]
    public async Task One_setting_dates_the_number_and_gives_pages_messages_reports_and_new_calendars_the_same_zone(string? setting, string zone,
        string numberStart)
    {
        await using var database = await TestDatabase.CreateAsync();
        var staff = await TestStaff.SeedAsync(database);
        // 20:00 on 23 November in London is 04:00 on the 24th in Shanghai.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 20, 0, 0, TimeSpan.Zero));
        await using var app = new ComplaintDeskApp(database.ConnectionString, clock,
            b => { if (setting is not null) b.UseSetting(BankTimeZone.Key, setting); });

        var complaint = await Api.RegisterAsync(await app.ClientForAsync("counter"), Api.NewComplaint(categoryId: staff.CategoryId));
        var newCalendar = await (await PageClient.SignInAsync(app, "admin")).GetPageAsync("/admin/sla/calendars");

        complaint.Number.ShouldStartWith(numberStart);
        newCalendar.Get("input[name='Input.TimeZone']").GetAttribute("value").ShouldBe(zone);
        using var scope = app.Services.CreateScope();
        var bank = scope.ServiceProvider.GetRequiredService<BankClock>();
        bank.Zone.Id.ShouldBe(zone);
        bank.Now.ShouldBe(clock.GetUtcNow());
        scope.ServiceProvider.GetRequiredService<TimeDisplay>().Zone.ShouldBeSameAs(bank.Zone);
    }

    [Theory]
    [InlineData("Numbering:TimeZone")]
    [InlineData("Display:TimeZone")]
    [InlineData("Notifications:TimeZone")]
    [InlineData("Reporting:TimeZone")]
    public async Task A_former_setting_naming_another_zone_refuses_start_up(string key)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var app = new ComplaintDeskApp(database.ConnectionString, customize: b => b.UseSetting(key, "Europe/London"));

        var error = Should.Throw<InvalidOperationException>(() => app.CreateClient());

        error.Message.ShouldContain(key);
        error.Message.ShouldContain(BankTimeZone.Key);
    }

    [Theory]
    [InlineData("Numbering:TimeZone")]
    [InlineData("Display:TimeZone")]
    [InlineData("Notifications:TimeZone")]
    [InlineData("Reporting:TimeZone")]
    public async Task A_former_setting_naming_the_same_zone_is_accepted(string key)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var app = new ComplaintDeskApp(database.ConnectionString, customize: b => b.UseSetting(key, "Asia/Shanghai"));

        var response = await app.CreateClient().GetAsync("/health/live");

        response.IsSuccessStatusCode.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("China Standard Time")] // a Windows id: .NET finds it, PostgreSQL would not
    public async Task A_zone_that_is_not_a_known_iana_zone_refuses_start_up(string zone)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var app = new ComplaintDeskApp(database.ConnectionString, customize: b => b.UseSetting(BankTimeZone.Key, zone));

        Should.Throw<InvalidOperationException>(() => app.CreateClient()).Message.ShouldContain(zone);
    }
}

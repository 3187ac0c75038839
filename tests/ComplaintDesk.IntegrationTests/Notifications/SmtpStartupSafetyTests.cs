using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.IntegrationTests.Notifications;

/// <summary>Outside Development the app will not start with an SMTP user but no real password.</summary>
public sealed class SmtpStartupSafetyTests
{
    private static ComplaintDeskApp App(TestDatabase database, string environment, string password) =>
        new(database.ConnectionString, customize: b =>
        {
            b.UseEnvironment(environment);
            b.UseSetting("Demo:Seed", "false");
            b.UseSetting("Smtp:Host", "smtp.bank.example");
            b.UseSetting("Smtp:From", "complaints@bank.example");
            b.UseSetting("Smtp:UserName", "complaints");
            b.UseSetting("Smtp:Password", password);
        });

    [Theory]
    [InlineData("")]
    [InlineData("changeme")]
    [InlineData("<smtp password>")]
    public async Task Outside_development_an_empty_or_placeholder_smtp_password_stops_the_start(string password)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var app = App(database, "Production", password);

        var error = Should.Throw<OptionsValidationException>(() => app.CreateClient());

        error.Message.ShouldContain("Smtp:Password");
    }

    [Fact]
    public async Task Outside_development_a_real_password_starts()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var production = App(database, "Production", "a-real-relay-secret-42");

        production.CreateClient().ShouldNotBeNull();
    }

    [Fact]
    public async Task Development_accepts_a_placeholder_password()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var development = App(database, "Development", "changeme");

        development.CreateClient().ShouldNotBeNull();
    }
}

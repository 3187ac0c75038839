using Serilog;
using Serilog.Events;

namespace ComplaintDesk.Web.Hosting;

internal static class LoggingSetup
{
    /// <summary>Serilog from the "Serilog" configuration section; console by default, a file sink when configured.</summary>
    public static void AddComplaintDeskLogging(this WebApplicationBuilder builder)
    {
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            // EF logs every failed command and save as an error, including the unique violations the services
            // expect and answer (idempotent replays, duplicate codes); unexpected ones still reach the exception log.
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore.Database.Command", LogEventLevel.Fatal)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore.Update", LogEventLevel.Fatal)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .Enrich.With<PersonalDataMaskingEnricher>()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
        if (builder.Configuration["Logging:File:Path"] is { Length: > 0 } path)
            configuration.WriteTo.File(new Serilog.Formatting.Json.JsonFormatter(renderMessage: true), path, rollingInterval: RollingInterval.Day);

        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(configuration.CreateLogger(), dispose: true);
    }
}

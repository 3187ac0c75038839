using System.Globalization;
using ComplaintDesk.Demo;
using ComplaintDesk.Demo.Volume;

namespace ComplaintDesk.Web.Hosting;

/// <summary>
/// <c>dotnet ComplaintDesk.Web.dll generate-data --complaints 1000000 [--years 3] [--seed 42] [--force]</c>: migrates,
/// loads the demo sign-ins (Development), then generated complaints for reports and benchmarks; see docs/reports.md.
/// </summary>
internal static class GenerateDataCommand
{
    public const string Name = "generate-data";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GenerateDataCommand));
        // Generated customers would sit among real ones: only on a development database, unless the operator insists.
        if (!app.Environment.IsDevelopment() && !args.Contains("--force"))
        {
            log.LogError("generate-data runs only in the Development environment; add --force to run it in {Environment}.",
                app.Environment.EnvironmentName);
            return 2;
        }
        if (!TryRead(args, out var request, out var problem))
        {
            log.LogError("generate-data: {Problem}. Usage: generate-data --complaints N [--years Y] [--seed S] [--force]", problem);
            return 2;
        }

        await app.MigrateDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Demo:Seed", false))
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync();
        var result = await scope.ServiceProvider.GetRequiredService<VolumeGenerator>().GenerateAsync(request);
        log.LogInformation("generate-data: {Complaints} complaints in {Seconds:0.0} s", result.Complaints, result.Elapsed.TotalSeconds);
        return 0;
    }

    private static bool TryRead(string[] args, out VolumeRequest request, out string problem)
    {
        request = new VolumeRequest(0);
        int? Option(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var v)
                ? v : at >= 0 ? -1 : null;
        }
        var (complaints, years, seed) = (Option("--complaints"), Option("--years"), Option("--seed"));
        problem = complaints is null or < 1 ? "--complaints needs a positive number"
            : years is < 1 or > 20 ? "--years is from 1 to 20"
            : seed is -1 ? "--seed needs a number" : "";
        if (problem != "") return false;
        request = new VolumeRequest(complaints!.Value, years ?? 3, seed ?? 42);
        return true;
    }
}

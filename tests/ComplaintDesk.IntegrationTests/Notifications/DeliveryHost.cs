using ComplaintDesk.Notifications;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.IntegrationTests.Notifications;

/// <summary>An app instance set up for delivery tests: the test composer, the given settings and test senders.</summary>
public static class DeliveryHost
{
    public static ComplaintDeskApp Create(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null, TimeProvider? clock = null,
        params IMessageSender[] senders) =>
        new(database.ConnectionString, clock, builder =>
        {
            foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
            builder.ConfigureTestServices(s =>
            {
                s.AddSingleton<IMessageComposer, PayloadComposer>();
                foreach (var sender in senders) s.AddSingleton(sender);
            });
        });

    public static OutboxDispatcher Dispatcher(this ComplaintDeskApp app) => app.Services.GetRequiredService<OutboxDispatcher>();

    /// <summary>Passes until one finds nothing due.</summary>
    public static async Task DrainAsync(this OutboxDispatcher dispatcher)
    {
        while ((await dispatcher.RunOnceAsync(CancellationToken.None)).Claimed > 0) { }
    }

    /// <summary>The shipped retry schedule, spelled out so a test knows each wait.</summary>
    public static readonly Dictionary<string, string> RetryDelays = new()
    {
        ["Notifications:RetryDelays:0"] = "00:01:00",
        ["Notifications:RetryDelays:1"] = "00:05:00",
        ["Notifications:RetryDelays:2"] = "00:30:00",
        ["Notifications:RetryDelays:3"] = "02:00:00",
    };
}

using ComplaintDesk.Notifications;
using ComplaintDesk.Notifications.Channels;

namespace ComplaintDesk.Web.Hosting;

/// <summary>
/// The outbox dispatcher and the delivery channels configuration asks for: e-mail when <c>Smtp:Host</c> (or a pickup
/// folder) is set, SMS by <c>Sms:Mode</c>. A channel without a sender makes its messages fail and, in the end, park.
/// </summary>
public static class DeliveryRegistration
{
    public static IServiceCollection AddDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.Section))
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.BatchSize > 0 && o.LeaseDuration > TimeSpan.Zero
                    && (o.RetryDelays ?? []).All(d => d >= TimeSpan.Zero),
                "Notifications:PollInterval and LeaseDuration must be positive, BatchSize at least 1 and RetryDelays not negative.")
            .ValidateOnStart();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxDispatcherService>();
        services.AddScoped<OutboxAdministration>();

        var smtp = configuration.GetSection(SmtpOptions.Section);
        services.AddOptions<SmtpOptions>().Bind(smtp)
            .Validate<IHostEnvironment>((o, env) => env.IsDevelopment() || string.IsNullOrEmpty(o.UserName) || !o.HasPlaceholderPassword,
                "Smtp:Password is empty or a placeholder while Smtp:UserName is set: set the relay's real password (outside Development).")
            .Validate(o => !o.Configured || !string.IsNullOrWhiteSpace(o.From), "Smtp:From is required when e-mail is configured.")
            .ValidateOnStart();
        if (smtp.Get<SmtpOptions>() is { Configured: true }) services.AddScoped<IMessageSender, SmtpMessageSender>();

        var sms = configuration.GetSection(SmsOptions.Section);
        services.AddOptions<SmsOptions>().Bind(sms)
            .Validate(o => o.Mode != SmsMode.Gateway || Uri.TryCreate(o.GatewayUrl, UriKind.Absolute, out _),
                "Sms:GatewayUrl must be an absolute URL when Sms:Mode is Gateway.")
            .ValidateOnStart();
        switch (sms.Get<SmsOptions>()?.Mode ?? SmsMode.Off)
        {
            case SmsMode.Gateway:
                services.AddHttpClient(HttpSmsGateway.ClientName, (sp, client) =>
                    client.Timeout = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SmsOptions>>().Value.Timeout);
                services.AddScoped<IMessageSender, HttpSmsGateway>();
                break;
            case SmsMode.Folder:
                services.AddScoped<IMessageSender, FolderSmsSender>();
                break;
        }
        return services;
    }
}

using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Notifications.Channels;

/// <summary>SMS through the bank's HTTP gateway: a JSON POST with the API key in a header; anything but 2xx is a failure.</summary>
public sealed class HttpSmsGateway(IHttpClientFactory clients, IOptions<SmsOptions> options, ILogger<HttpSmsGateway> logger) : IMessageSender
{
    public const string ClientName = "sms-gateway";

    public MessageChannel Channel => MessageChannel.Sms;

    public async Task SendAsync(OutboxMessage message, ComposedMessage content, CancellationToken ct)
    {
        var settings = options.Value;
        var to = message.RecipientAddress ?? throw new MessageDeliveryException("The message has no phone number.");
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.GatewayUrl)
        {
            Content = JsonContent.Create(new SmsRequest(to, content.Body)),
        };
        if (!string.IsNullOrEmpty(settings.ApiKey)) request.Headers.TryAddWithoutValidation(settings.ApiKeyHeader, settings.ApiKey);
        using var response = await clients.CreateClient(ClientName).SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            throw new MessageDeliveryException($"SMS gateway answered {(int)response.StatusCode} {response.ReasonPhrase}: {Shorten(body)}");
        }
        logger.LogInformation("SMS {MessageId} ({Template}) handed to the gateway for {Recipient}", message.Id, message.Template,
            PersonalData.MaskPhone(to));
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300];

    private sealed record SmsRequest(string To, string Text);
}

using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Notifications.Channels;

/// <summary>Development stand-in for the gateway: each SMS becomes a UTF-8 text file, so a developer can read what a customer would get.</summary>
public sealed class FolderSmsSender(IOptions<SmsOptions> options, TimeProvider clock, ILogger<FolderSmsSender> logger) : IMessageSender
{
    public MessageChannel Channel => MessageChannel.Sms;

    public async Task SendAsync(OutboxMessage message, ComposedMessage content, CancellationToken ct)
    {
        var to = message.RecipientAddress ?? throw new MessageDeliveryException("The message has no phone number.");
        var folder = Path.GetFullPath(options.Value.Folder);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{clock.GetUtcNow():yyyyMMdd'T'HHmmssfff}-{message.Id}.txt");
        await File.WriteAllTextAsync(path, $"To: {to}\nTemplate: {message.Template}\n\n{content.Body}\n", new UTF8Encoding(false), ct);
        logger.LogInformation("SMS {MessageId} ({Template}) for {Recipient} written to the SMS folder", message.Id, message.Template,
            PersonalData.MaskPhone(to));
    }
}

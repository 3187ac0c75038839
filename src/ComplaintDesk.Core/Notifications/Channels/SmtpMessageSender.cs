using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Notifications.Channels;

/// <summary>E-mail to customers over SMTP (System.Net.Mail: MailKit is not available here). Subject and body go out in UTF-8.</summary>
public sealed class SmtpMessageSender(IOptions<SmtpOptions> options, ILogger<SmtpMessageSender> logger) : IMessageSender
{
    public MessageChannel Channel => MessageChannel.Email;

    public async Task SendAsync(OutboxMessage message, ComposedMessage content, CancellationToken ct)
    {
        var settings = options.Value;
        var to = message.RecipientAddress ?? throw new MessageDeliveryException("The message has no e-mail address.");
        using var mail = new MailMessage
        {
            From = new MailAddress(settings.From, settings.FromName, Encoding.UTF8),
            Subject = content.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = content.Body,
            BodyEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
        };
        mail.To.Add(new MailAddress(to));
        using var client = Client(settings);
        try
        {
            await client.SendMailAsync(mail, ct);
        }
        catch (SmtpException e)
        {
            throw new MessageDeliveryException($"SMTP {(int)e.StatusCode}: {e.Message}", e);
        }
        logger.LogInformation("E-mail {MessageId} ({Template}) sent to {Recipient}", message.Id, message.Template, PersonalData.MaskEmail(to));
    }

    private static SmtpClient Client(SmtpOptions settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.PickupDirectory))
        {
            Directory.CreateDirectory(settings.PickupDirectory);
            return new SmtpClient
            {
                DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
                PickupDirectoryLocation = Path.GetFullPath(settings.PickupDirectory),
            };
        }
        return new SmtpClient(settings.Host, settings.Port)
        {
            EnableSsl = settings.EnableSsl,
            Timeout = (int)settings.Timeout.TotalMilliseconds,
            Credentials = string.IsNullOrEmpty(settings.UserName) ? null : new NetworkCredential(settings.UserName, settings.Password),
        };
    }
}

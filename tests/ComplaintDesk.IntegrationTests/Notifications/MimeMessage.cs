using System.Text;
using System.Text.RegularExpressions;

namespace ComplaintDesk.IntegrationTests.Notifications;

/// <summary>
/// A single-part MIME message as System.Net.Mail writes it, decoded: RFC 2047 encoded words in headers (B and Q) and a
/// base64 or quoted-printable body.
/// </summary>
public sealed partial class MimeMessage
{
    private MimeMessage(IReadOnlyDictionary<string, string> headers, string body)
    {
        Headers = headers;
        Body = body;
    }

    public IReadOnlyDictionary<string, string> Headers { get; }
    public string Body { get; }
    public string Subject => DecodeWords(Headers.GetValueOrDefault("subject", ""));
    public string From => DecodeWords(Headers.GetValueOrDefault("from", ""));

    public static MimeMessage Parse(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headerText = split < 0 ? raw : raw[..split];
        var bodyText = split < 0 ? "" : raw[(split + 4)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // Unfold continuation lines, then split "Name: value".
        foreach (var line in Regex.Replace(headerText, @"\r\n[ \t]+", " ").Split("\r\n"))
        {
            var colon = line.IndexOf(':');
            if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        var charset = Charset(headers.GetValueOrDefault("content-type", ""));
        var body = headers.GetValueOrDefault("content-transfer-encoding", "7bit").ToLowerInvariant() switch
        {
            "base64" => charset.GetString(Convert.FromBase64String(string.Concat(bodyText.Where(c => !char.IsWhiteSpace(c))))),
            "quoted-printable" => charset.GetString(QuotedPrintable(bodyText, underscoreIsSpace: false)),
            _ => bodyText,
        };
        return new MimeMessage(headers, body.TrimEnd('\r', '\n'));
    }

    private static Encoding Charset(string contentType) =>
        CharsetParameter().Match(contentType) is { Success: true } m ? Encoding.GetEncoding(m.Groups[1].Value) : Encoding.ASCII;

    private static string DecodeWords(string value)
    {
        // Whitespace between two encoded words is not part of the text (RFC 2047, 6.2).
        var joined = BetweenWords().Replace(value, "?==?");
        return EncodedWord().Replace(joined, m =>
        {
            var encoding = Encoding.GetEncoding(m.Groups["charset"].Value);
            var text = m.Groups["text"].Value;
            return m.Groups["kind"].Value.ToUpperInvariant() == "B"
                ? encoding.GetString(Convert.FromBase64String(text))
                : encoding.GetString(QuotedPrintable(text, underscoreIsSpace: true));
        });
    }

    private static byte[] QuotedPrintable(string text, bool underscoreIsSpace)
    {
        var bytes = new List<byte>();
        text = text.Replace("=\r\n", "");
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else if (underscoreIsSpace && text[i] == '_') bytes.Add((byte)' ');
            else bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
        }
        return [.. bytes];
    }

    [GeneratedRegex(@"charset=""?([A-Za-z0-9_-]+)""?", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<kind>[BbQq])\?(?<text>[^?]*)\?=")]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex BetweenWords();
}

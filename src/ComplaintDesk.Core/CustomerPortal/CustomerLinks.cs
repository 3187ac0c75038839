using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.CustomerPortal;

/// <summary>
/// The signed, expiring link every customer message carries: it opens that one complaint's customer view without a
/// sign-in. The token is the complaint id and an expiry, protected with the shared data-protection keys (so any app
/// instance can read a link another one made); the expiry is checked against the app's clock so tests can move time.
/// </summary>
public sealed class CustomerLinks(IDataProtectionProvider provider, IOptions<CustomerLinkOptions> options)
{
    /// <summary>The path of the customer view under <see cref="CustomerLinkOptions.PublicBaseUrl"/>; the token follows.</summary>
    public const string ViewPath = "/customer/";

    private readonly IDataProtector protector = provider.CreateProtector("ComplaintDesk.CustomerLink.v1");

    public string Token(long complaintId, DateTimeOffset now)
    {
        var expires = (now + options.Value.Lifetime).ToUnixTimeSeconds();
        return protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{complaintId}|{expires}"));
    }

    public string Url(long complaintId, DateTimeOffset now) => UrlOf(Token(complaintId, now));

    /// <summary>The link for a token already issued (each call of <see cref="Token"/> gives a different one).</summary>
    public string UrlOf(string token) => options.Value.PublicBaseUrl.TrimEnd('/') + ViewPath + token;

    /// <summary>The complaint a token opens, or why it opens nothing. A tampered token and a forged one read alike.</summary>
    public LinkCheck Read(string? token, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(token)) return new LinkCheck(LinkState.Invalid, null);
        string plain;
        try { plain = protector.Unprotect(token); }
        catch (CryptographicException) { return new LinkCheck(LinkState.Invalid, null); }
        catch (FormatException) { return new LinkCheck(LinkState.Invalid, null); }

        var parts = plain.Split('|');
        if (parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
            return new LinkCheck(LinkState.Invalid, null);
        return now.ToUnixTimeSeconds() > expires
            ? new LinkCheck(LinkState.Expired, null)
            : new LinkCheck(LinkState.Valid, id);
    }
}

public enum LinkState { Valid, Expired, Invalid }

public sealed record LinkCheck(LinkState State, long? ComplaintId);

using Microsoft.Net.Http.Headers;

namespace ComplaintDesk.Web.Errors;

/// <summary>Optimistic concurrency over HTTP: GET returns ETag "version"; a change sent with If-Match must match it.</summary>
public static class IfMatch
{
    public static string ETag(uint version) => $"\"{version}\"";

    public static uint? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header == "*") return null;
        if (EntityTagHeaderValue.TryParse(header, out var tag) && !tag.IsWeak
            && uint.TryParse(tag.Tag.AsSpan(1, tag.Tag.Length - 2), out var version))
            return version;
        if (uint.TryParse(header, out var bare)) return bare;
        throw new BadHeaderException("If-Match", "If-Match must be an ETag this API returned for the resource, e.g. \"123\".");
    }
}

namespace ComplaintDesk.Web.Hosting;

/// <summary>
/// The request path as it goes into the log: a customer link's token opens a complaint without a sign-in, so it is
/// a credential and is not written down.
/// </summary>
public static class LoggedPath
{
    private static readonly string[] TokenPrefixes = ["/customer/", "/api/customer/complaints/"];

    public static string? Of(PathString path)
    {
        var value = path.Value;
        if (value is null) return null;
        foreach (var prefix in TokenPrefixes)
        {
            if (!value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || value.Length == prefix.Length) continue;
            var rest = value[prefix.Length..];
            var slash = rest.IndexOf('/');
            return prefix + "***" + (slash < 0 ? "" : rest[slash..]);
        }
        return value;
    }
}

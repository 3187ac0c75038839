namespace ComplaintDesk.Web.Hosting;

/// <summary>The key "this client" is throttled under; behind a proxy, the forwarded-headers middleware sets it.</summary>
public static class ClientAddress
{
    public static string Of(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}

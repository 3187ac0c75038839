using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;

namespace ComplaintDesk.IntegrationTests.Notifications;

/// <summary>An HTTP endpoint on loopback standing in for the SMS gateway: records each request and answers <see cref="Status"/>.</summary>
public sealed class SmsGatewayTestServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    public SmsGatewayTestServer()
    {
        Url = $"http://127.0.0.1:{FreePort()}/sms/send";
        _listener.Prefixes.Add(Url[..(Url.LastIndexOf('/') + 1)]);
        _listener.Start();
        _serving = ServeAsync();
    }

    public string Url { get; }
    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;
    public ConcurrentQueue<GatewayRequest> Requests { get; } = new();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var headers = context.Request.Headers.AllKeys.ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
            Requests.Enqueue(new GatewayRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, headers,
                context.Request.ContentType, await reader.ReadToEndAsync()));
            context.Response.StatusCode = (int)Status;
            var answer = Encoding.UTF8.GetBytes(Status == HttpStatusCode.OK ? "{\"id\":\"gw-1\"}" : "{\"error\":\"gateway down\"}");
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }
}

public sealed record GatewayRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string? ContentType, string Body);

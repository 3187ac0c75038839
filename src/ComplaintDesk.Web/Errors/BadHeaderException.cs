namespace ComplaintDesk.Web.Errors;

/// <summary>A request header that cannot be used; the problem's <c>errors</c> names the header, not the body.</summary>
public sealed class BadHeaderException(string header, string message) : BadHttpRequestException(message)
{
    public string Header { get; } = header;
}

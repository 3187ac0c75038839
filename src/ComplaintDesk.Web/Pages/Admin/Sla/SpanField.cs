using ComplaintDesk.Clocks;

namespace ComplaintDesk.Web.Pages.Admin.Sla;

/// <summary>What the _SpanFields partial shows: the fields' prefix (e.g. Input.Resolution), their legend and the value.</summary>
public sealed record SpanField(string Prefix, string Label, SpanRequest? Value);

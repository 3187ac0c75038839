using Serilog.Core;
using Serilog.Events;

namespace ComplaintDesk.Web.Hosting;

/// <summary>Masks phone and ID numbers in every string property, so a search term or path never leaks into the logs.</summary>
internal sealed class PersonalDataMaskingEnricher : ILogEventEnricher
{
    // Identifiers made of digits that are not personal data and must stay intact to correlate log lines.
    private static readonly HashSet<string> Technical = ["RequestId", "TraceId", "SpanId", "ParentId", "ConnectionId", "SourceContext"];

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (Technical.Contains(name)) continue;
            if (value is ScalarValue { Value: string text })
            {
                var masked = PersonalData.MaskDigitsIn(text);
                if (!ReferenceEquals(masked, text) && masked != text)
                    logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(masked)));
            }
        }
    }
}

using ComplaintDesk.Common;
using Serilog.Core;
using Serilog.Events;

namespace ComplaintDesk.Web.Hosting;

/// <summary>Masks phone and ID numbers in every string property, so a search term or path never leaks into the logs.</summary>
internal sealed class PersonalDataMaskingEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (value is ScalarValue { Value: string text })
            {
                var masked = PersonalData.MaskDigitsIn(text);
                if (!ReferenceEquals(masked, text) && masked != text)
                    logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(masked)));
            }
        }
    }
}

using System.Globalization;

namespace ComplaintDesk.Reports;

/// <summary>Rates and their display, shared by pages, CSV and the monthly report.</summary>
public static class ReportMath
{
    public static double? Rate(long part, long whole) => whole == 0 ? null : (double)part / whole;

    /// <summary>"87.5%", or "–" when there is nothing to divide by.</summary>
    public static string Percent(double? rate) =>
        rate is null ? "–" : (rate.Value * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>Hours as "36 h" below three days, else days "4.5 d"; "–" when nothing was measured.</summary>
    public static string Hours(double? hours) => hours switch
    {
        null => "–",
        < 72 => hours.Value.ToString("0.#", CultureInfo.InvariantCulture) + " h",
        _ => (hours.Value / 24).ToString("0.#", CultureInfo.InvariantCulture) + " d",
    };

    /// <summary>Change from <paramref name="before"/> to <paramref name="now"/> as a share of before; null from zero.</summary>
    public static double? Change(double now, double before) => before == 0 ? null : (now - before) / before;
}

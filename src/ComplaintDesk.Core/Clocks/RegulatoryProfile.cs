using ComplaintDesk.Staff;

namespace ComplaintDesk.Clocks;

/// <summary>
/// The rules of one regulator, shipped with the product and selected by an Admin. Targets here are the defaults; SLA
/// policies may set their own, but a resolution deadline never ends later than the regulator's. Sources: docs/sla.md.
/// </summary>
public sealed record RegulatoryProfile(
    string Code,
    string Name,
    string Source,
    SlaSpan Acknowledgement,
    SlaSpan FirstContact,
    SlaSpan Resolution,
    SlaSpan Review,
    IReadOnlyList<ExtensionStep> Extensions,
    string DefaultCalendarCode)
{
    public const string China = "CN-NFRA";
    public const string UkFca = "UK-FCA";
    public const string UsCfpb = "US-CFPB";

    public SlaSpan Default(SlaTarget target) => target switch
    {
        SlaTarget.Acknowledgement => Acknowledgement,
        SlaTarget.FirstContact => FirstContact,
        SlaTarget.Resolution => Resolution,
        SlaTarget.Review => Review,
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };

    public static IReadOnlyList<RegulatoryProfile> All { get; } =
    [
        // 银行业保险业消费投诉处理管理办法 (2020): decision within 15 days, extendable to 30 and, with approval from a
        // higher level, by a further 30; a review (核查) request is decided within 30 days.
        new(China, "中国 · 银行业保险业消费投诉处理管理办法", "CBIRC measures on consumer complaints, in force 2020-03-01",
            SlaSpan.BusinessDays(1), SlaSpan.BusinessDays(2), SlaSpan.CalendarDays(15), SlaSpan.CalendarDays(30),
            [new(SlaSpan.CalendarDays(30), Roles.Supervisor), new(SlaSpan.CalendarDays(60), Roles.Manager)], "CN"),
        // FCA DISP 1.5 / 1.6: summary resolution by the close of the third business day, otherwise a prompt
        // acknowledgement and a final response within eight weeks. No extension exists.
        new(UkFca, "UK · FCA DISP", "FCA Handbook DISP 1.5.2, 1.6.1, 1.6.2",
            SlaSpan.BusinessDays(1), SlaSpan.BusinessDays(3), SlaSpan.CalendarDays(56), SlaSpan.CalendarDays(56),
            [], "GB"),
        // CFPB company portal: a response within 15 days; when it says "in progress", the final one within 60.
        new(UsCfpb, "US · CFPB", "CFPB Company Portal Manual, response timeframes",
            SlaSpan.BusinessDays(1), SlaSpan.CalendarDays(15), SlaSpan.CalendarDays(15), SlaSpan.CalendarDays(15),
            [new(SlaSpan.CalendarDays(60), Roles.Supervisor)], "US"),
    ];

    public static RegulatoryProfile? Find(string? code) => All.FirstOrDefault(p => p.Code == code);
}

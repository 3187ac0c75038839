using static ComplaintDesk.IntegrationTests.Reports.ReportDataSet;

namespace ComplaintDesk.IntegrationTests.Reports;

/// <summary>
/// February 2026 in Shanghai with seven complaints (A–F, I) and two just outside it (G the evening before, H the
/// night after, on the UTC date of 28 February); the test clock stands at Monday 9 March 2026, 10:00 Shanghai.
/// docs/dashboard.md defines the figures these tests check.
/// </summary>
public sealed class ReportFixture : IAsyncLifetime
{
    public const string Period = "from=2026-02-01&to=2026-02-28";
    public const string Delivery = "CARD_DELIVERY", Fees = "FEES";

    public ApiFixture.OnFakeClock Api { get; } = new();
    public long Handler1 { get; private set; }
    public long Handler2 { get; private set; }
    public long Cards { get; private set; }
    public long Loans { get; private set; }

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        var db = Api.Database;
        var staff = Api.Staff;
        (Handler1, Handler2, Cards) = (staff.ByUserName["handler"].Id, staff.ByUserName["handler2"].Id, staff.DepartmentId);
        Loans = await InsertReferenceAsync(db, "INSERT INTO departments (code, name, is_active) VALUES ('LOAN', '个人贷款部', true) RETURNING id");
        var fees = await InsertReferenceAsync(db, "INSERT INTO categories (code, name, name_en, is_active) VALUES ('FEES', '收费争议', 'Fee dispute', true) RETURNING id");
        var delivery = staff.CategoryId;

        static Deadline D(string target, DateTimeOffset due, DateTimeOffset? done = null, string? outcome = null, DateTimeOffset? risk = null) =>
            new(target, due, risk ?? due.AddDays(-1), done, outcome);
        var later = Local(4, 1, 0);

        var a = Local(2, 2, 10);
        var b = Local(2, 3, 9);
        var c = Local(2, 10, 15);
        var d = Local(2, 16, 8);
        var e = Local(2, 27, 11);
        var f = Local(2, 20, 9);
        var i = Local(2, 28, 23, 30);
        await InsertAsync(db, staff.ByUserName["counter"].Id,
        [
            new("TSA", "Closed", "Phone", a, delivery, Cards, Handler1, a.AddDays(15),
                [D("Acknowledgement", a.AddDays(1), a, "Met"), D("FirstContact", a.AddDays(2), a.AddHours(4), "Met"),
                 D("Resolution", a.AddDays(15), a.AddHours(48), "Met")],
                Upheld: true, Redress: 100m, RootCause: "快递延误", Rating: 5, ClosedAt: a.AddDays(3)),
            new("TSB", "Closed", "Counter", b, delivery, Cards, Handler1, b.AddDays(15),
                [D("Acknowledgement", b.AddDays(1), b, "Met"), D("FirstContact", b.AddDays(2), b.AddHours(50), "Missed"),
                 D("Resolution", b.AddDays(15), b.AddHours(400), "Missed")],
                Upheld: false, RootCause: "快递延误", Appeals: 1, Rating: 2, ClosedAt: b.AddDays(20), CustomerName: "张三,\"李四\""),
            new("TSC", "InProgress", "Website", c, fees, Loans, Handler2, Local(2, 25, 17),
                [D("Acknowledgement", c.AddDays(1), c.AddHours(1), "Met"), D("FirstContact", c.AddDays(2), c.AddHours(10), "Met"),
                 D("Resolution", Local(2, 25, 17))]),
            new("TSD", "AwaitingConfirmation", "Email", d, fees, Loans, Handler2, d.AddDays(15),
                [D("Acknowledgement", d.AddDays(1), d.AddHours(2), "Met"), D("FirstContact", d.AddDays(2), d.AddHours(20), "Met"),
                 D("Resolution", d.AddDays(15), d.AddHours(100), "Met")],
                Upheld: true, Redress: 50.5m, RootCause: "收费规则不清"),
            new("TSE", "Registered", "Website", e, delivery, Cards, null, Local(3, 14, 17),
                [D("Acknowledgement", Local(2, 28, 17), outcome: "Missed"), D("FirstContact", Local(3, 2, 17)),
                 D("Resolution", Local(3, 14, 17), risk: Local(3, 8, 0))]),
            new("TSF", "Withdrawn", "Counter", f, delivery, Cards, Handler1, f.AddDays(15),
                [D("Acknowledgement", f.AddDays(1), f, "Met"), D("FirstContact", f.AddDays(2), f.AddDays(1), "Cancelled"),
                 D("Resolution", f.AddDays(15), f.AddDays(1), "Cancelled")], ClosedAt: f.AddDays(1)),
            new("TSI", "Assigned", "Phone", i, fees, Cards, Handler1, Local(3, 15, 17),
                [D("Acknowledgement", i.AddDays(1), i, "Met"), D("FirstContact", Local(3, 10, 17), risk: Local(3, 9, 9)),
                 D("Resolution", Local(3, 15, 17), risk: later)]),
            new("TSG", "Registered", "Phone", Local(1, 31, 23), delivery, Cards, null, Local(2, 15, 17),
                [D("Resolution", Local(2, 15, 17))]),
            new("TSH", "Registered", "Phone", Local(3, 1, 0, 30), delivery, Cards, null, Local(3, 16, 17),
                [D("Resolution", Local(3, 16, 17))]),
        ]);
    }

    public Task<HttpClient> ClientAsync(string userName) => Api.ClientAsync(userName);

    public Task DisposeAsync() => Api.DisposeAsync();
}

namespace ComplaintDesk.IntegrationTests.Reports;

/// <summary>
/// A small set of complaints with known quarterly figures, built through the API on a test clock:
/// 2026Q1: A and B received, B closed (upheld). 2026Q2: C–F received by counter and G by email; A and C closed upheld,
/// D partly upheld, E not upheld, F withdrawn; G still open. 2026Q3: G closed (not upheld), H received.
/// </summary>
public sealed class RegulatoryFixture : IAsyncLifetime
{
    private readonly ApiFixture.OnFakeClock _fx = new();

    public ComplaintDeskApp App => _fx.App;
    public TestStaff Staff => _fx.Staff;
    public Task<HttpClient> ClientAsync(string userName) => _fx.ClientAsync(userName);

    public async Task InitializeAsync()
    {
        await _fx.InitializeAsync();
        var client = await _fx.ClientAsync("supervisor");
        var a = await RegisterAsync(client, "Counter");
        var b = await RegisterAsync(client, "Counter");
        await CloseAsync(b, upheld: true);

        _fx.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 15, 2, 0, 0, TimeSpan.Zero));
        var (c, d, e, f) = (await RegisterAsync(client, "Counter"), await RegisterAsync(client, "Counter"),
            await RegisterAsync(client, "Counter"), await RegisterAsync(client, "Counter"));
        var g = await RegisterAsync(client, "Email");
        await CloseAsync(a, upheld: true);
        await CloseAsync(c, upheld: true);
        await CloseAsync(d, upheld: true, partly: true);
        await CloseAsync(e, upheld: false);
        await Api.StepAsync(client, f, "withdraw", new { reason = "客户撤回" });

        _fx.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 10, 2, 0, 0, TimeSpan.Zero));
        await CloseAsync(g, upheld: false);
        await RegisterAsync(client, "Phone");
    }

    private async Task<long> RegisterAsync(HttpClient client, string channel) =>
        (await Api.RegisterAsync(client, new
        {
            customer = new { name = "王小明", phone = "13800001111" },
            channel,
            categoryId = _fx.Staff.CategoryId,
            priority = "Normal",
            description = "信用卡年费在免年费期内被扣收。",
        })).Id;

    private async Task CloseAsync(long id, bool upheld, bool partly = false) =>
        await _fx.Given.BringToAsync(await _fx.Given.GetAsync(id), ComplaintStatus.Closed,
            resolution: new { outcome = "已处理", measuresTaken = "退还年费", upheld, partlyUpheld = partly });

    public Task DisposeAsync() => _fx.DisposeAsync();
}

using ComplaintDesk.IntegrationTests.Infrastructure;

namespace ComplaintDesk.IntegrationTests.Reporting;

/// <summary>
/// A small set of complaints with known quarterly figures, built through the API on a test clock:
/// 2026Q1: A and B received, B closed (upheld). 2026Q2: C–F received by counter and G by email; A and C closed upheld,
/// D partly upheld, E not upheld, F withdrawn; G still open. 2026Q3: G closed (not upheld), H received.
/// </summary>
public sealed class RegulatoryFixture : IAsyncLifetime
{
    private readonly ClockedApiFixture _fx = new();

    public ComplaintDeskApp App => _fx.App;
    public TestStaff Staff => _fx.Staff;
    public Task<HttpClient> ClientAsync(string userName) => _fx.ClientAsync(userName);

    public async Task InitializeAsync()
    {
        await _fx.InitializeAsync();
        var client = await _fx.ClientAsync("supervisor");
        var a = await RegisterAsync(client, "Counter");
        var b = await RegisterAsync(client, "Counter");
        await CloseAsync(client, b, upheld: true);

        _fx.Clock.Set(new DateTimeOffset(2026, 4, 15, 2, 0, 0, TimeSpan.Zero));
        var (c, d, e, f) = (await RegisterAsync(client, "Counter"), await RegisterAsync(client, "Counter"),
            await RegisterAsync(client, "Counter"), await RegisterAsync(client, "Counter"));
        var g = await RegisterAsync(client, "Email");
        await CloseAsync(client, a, upheld: true);
        await CloseAsync(client, c, upheld: true);
        await CloseAsync(client, d, upheld: true, partly: true);
        await CloseAsync(client, e, upheld: false);
        await Api.StepAsync(client, f, "withdraw", new { reason = "客户撤回" });

        _fx.Clock.Set(new DateTimeOffset(2026, 7, 10, 2, 0, 0, TimeSpan.Zero));
        await CloseAsync(client, g, upheld: false);
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

    private async Task CloseAsync(HttpClient client, long id, bool upheld, bool partly = false)
    {
        await Api.StepAsync(client, id, "assign", new { departmentId = _fx.Staff.DepartmentId, handlerId = _fx.Staff.ByUserName["handler"].Id });
        await Api.StepAsync(client, id, "start");
        await Api.StepAsync(client, id, "resolve", new { outcome = "已处理", measuresTaken = "退还年费", upheld, partlyUpheld = partly });
        await Api.StepAsync(client, id, "feedback", new { channel = "Phone", summary = "电话告知" });
        await Api.StepAsync(client, id, "confirm", new { customerSatisfied = true });
    }

    public Task DisposeAsync() => _fx.DisposeAsync();
}

using System.Text.RegularExpressions;

namespace ComplaintDesk.IntegrationTests.Pages;

public sealed class QueuePageTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    private readonly ComplaintScenario _given = fx.Given;

    [Fact]
    public async Task Shows_only_my_open_complaints_nearest_deadline_first_a_page_at_a_time()
    {
        var now = DateTimeOffset.UtcNow;
        // Received 16 and 13 days ago: both first-contact clocks (2 working days) have run out, the first's 15-day decision
        // deadline too, the second's falls within 3 days; the rest are fresh. Rows come nearest clock first and are coloured
        // by the decision deadline (ADR 0014).
        var hoursAgo = new[] { 16 * 24, 13 * 24 }.Concat(Enumerable.Range(1, 25).Select(i => i * 7 % 25 + 1)).ToList();
        var mine = new List<(string Number, DateTimeOffset NextDueAt, DateTimeOffset ResponseDueAt, long Id)>();
        foreach (var hours in hoursAgo)
        {
            var c = await _given.RegisterAsync(now.AddHours(-hours));
            await _given.AssignAsync(c.Id);
            c.Clocks.NextDueAt.ShouldBe(c.Clocks.Deadlines.Where(d => d.CompletedAt == null).Min(d => d.DueAt));
            mine.Add((c.Number, c.Clocks.NextDueAt, c.ResponseDueAt, c.Id));
        }
        var someoneElses = await _given.RegisterAsync(now.AddDays(-20));
        await _given.AssignAsync(someoneElses.Id, "handler2");
        var unassigned = await _given.RegisterAsync(now.AddDays(-20));
        var withdrawn = await _given.RegisterAsync(now.AddDays(-20));
        await _given.AssignAsync(withdrawn.Id);
        await _given.StepAsync(withdrawn.Id, "withdraw", new { reason = "客户撤回" });
        var expected = mine.OrderBy(m => m.NextDueAt).ThenBy(m => m.Id).ToList();
        string State((string, DateTimeOffset, DateTimeOffset ResponseDueAt, long) m) =>
            m.ResponseDueAt < now ? "overdue" : m.ResponseDueAt < now.AddDays(3) ? "due-soon" : "";
        var overdue = expected.Count(m => State(m) == "overdue");
        var dueSoon = expected.Count(m => State(m) == "due-soon");
        overdue.ShouldBe(1);
        dueSoon.ShouldBe(1);

        var handler = await PageSession.SignInAsync(fx.App, "handler");
        var first = await handler.GetPageAsync("/queue");
        var next = NextPageUrl(first).ShouldNotBeNull();
        var second = await handler.GetPageAsync(next);

        Rows(first).Select(r => r.Number).ShouldBe(expected.Take(25).Select(m => m.Number));
        Rows(second).Select(r => r.Number).ShouldBe(expected.Skip(25).Select(m => m.Number));
        NextPageUrl(second).ShouldBeNull();
        var all = Rows(first).Concat(Rows(second)).ToList();
        all.ShouldNotContain(r => r.Number == someoneElses.Number || r.Number == unassigned.Number || r.Number == withdrawn.Number);
        all.Select(r => r.Class).ShouldBe(expected.Select(State));
        Html.TestId(first, "queue-counts").ShouldBe("27 open 1 overdue 1 due soon");
        Html.TestId(first, "working-time-left").ShouldNotBeNull().ShouldEndWith("working hours late");
        Html.Decode(first).ShouldContain($"href=\"/complaints/{mine[0].Id}\"");
    }

    [Fact]
    public async Task Filters_by_priority_and_finds_by_number_name_or_phone_with_a_plain_get_form()
    {
        var urgent = await _given.RegisterAsync(name: "欧阳娜娜", phone: "13912345678", priority: "Urgent");
        await _given.AssignAsync(urgent.Id, "handler2");
        var normal = await _given.RegisterAsync(name: "司马光", phone: "13700000000");
        await _given.AssignAsync(normal.Id, "handler2");
        var handler2 = await PageSession.SignInAsync(fx.App, "handler2");

        var queue = await handler2.GetPageAsync("/queue");
        Html.Decode(queue).ShouldContain("<form method=\"get\"");

        Numbers(await handler2.GetPageAsync("/queue?Priority=Urgent")).ShouldContain(urgent.Number);
        Numbers(await handler2.GetPageAsync("/queue?Priority=Urgent")).ShouldNotContain(normal.Number);
        Numbers(await handler2.GetPageAsync($"/queue?Q={normal.Number}")).ShouldBe([normal.Number]);
        Numbers(await handler2.GetPageAsync("/queue?Q=" + Uri.EscapeDataString("欧阳"))).ShouldBe([urgent.Number]);
        Numbers(await handler2.GetPageAsync("/queue?Q=13700000000")).ShouldBe([normal.Number]);
        Numbers(await handler2.GetPageAsync("/queue?Status=InProgress")).ShouldBeEmpty();
        Numbers(await handler2.GetPageAsync("/queue?Cursor=not-a-cursor")).ShouldContain(urgent.Number);
    }

    private static List<(string Number, string Class)> Rows(string html) =>
        Regex.Matches(html, "<tr class=\"(?<class>[^\"]*)\" data-complaint=\"(?<number>[^\"]+)\"|<tr data-complaint=\"(?<number>[^\"]+)\"")
            .Select(m => (m.Groups["number"].Value, m.Groups["class"].Value)).ToList();

    private static List<string> Numbers(string html) => Rows(html).Select(r => r.Number).ToList();

    private static string? NextPageUrl(string html)
    {
        var m = Regex.Match(html, "<a class=\"button\" href=\"(?<url>[^\"]+)\" rel=\"next\"");
        return m.Success ? System.Net.WebUtility.HtmlDecode(m.Groups["url"].Value) : null;
    }
}

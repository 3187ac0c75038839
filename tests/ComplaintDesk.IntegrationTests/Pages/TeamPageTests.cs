namespace ComplaintDesk.IntegrationTests.Pages;

/// <summary>
/// One known data set (deadline = received + 15 days, due soon = within 3 days): the team and management figures must
/// count it exactly, and each figure must open the complaints it counts.
/// </summary>
public sealed class TeamPageTests(TeamPageTests.DataSet data) : IClassFixture<TeamPageTests.DataSet>
{
    public sealed class DataSet : IAsyncLifetime
    {
        public ApiFixture Fx { get; } = new();
        public long HandlerOverdue, HandlerDueSoon, DepartmentOverdue;
        public List<long> DepartmentUnowned = [];

        public async Task InitializeAsync()
        {
            await Fx.InitializeAsync();
            // handler: four open (one overdue, one due soon, one fresh, one overdue but already answered), one withdrawn
            HandlerOverdue = (await Fx.Given.RegisterAsync(DateTimeOffset.UtcNow.AddDays(-20))).Id;
            HandlerDueSoon = (await Fx.Given.RegisterAsync(DateTimeOffset.UtcNow.AddDays(-13))).Id;
            var fresh = (await Fx.Given.RegisterAsync()).Id;
            var answered = (await Fx.Given.RegisterAsync(DateTimeOffset.UtcNow.AddDays(-20))).Id;
            var withdrawn = (await Fx.Given.RegisterAsync()).Id;
            foreach (var id in new[] { HandlerOverdue, HandlerDueSoon, fresh, withdrawn }) await Fx.Given.AssignAsync(id);
            await Fx.Given.BringToAsync(await Fx.Given.GetAsync(answered), ComplaintStatus.AwaitingConfirmation);
            await Api.StepAsync(await Fx.ClientAsync("counter"), withdrawn, "withdraw", new { reason = "客户已自行解决" });
            // handler2: one overdue
            await Fx.Given.AssignAsync((await Fx.Given.RegisterAsync(DateTimeOffset.UtcNow.AddDays(-16))).Id, "handler2");
            // the department's queue: two without a handler, one of them overdue
            DepartmentOverdue = (await Fx.Given.RegisterAsync(DateTimeOffset.UtcNow.AddDays(-30))).Id;
            DepartmentUnowned = [DepartmentOverdue, (await Fx.Given.RegisterAsync()).Id];
            foreach (var id in DepartmentUnowned) await Fx.Given.AssignAsync(id, handler: null);
            // not routed yet
            await Fx.Given.RegisterAsync();
        }

        public Task DisposeAsync() => Fx.DisposeAsync();
    }

    private ApiFixture Fx => data.Fx;

    [Fact]
    public async Task The_team_figures_count_the_known_data_set()
    {
        var supervisor = await PageClient.SignInAsync(Fx.App, "supervisor");

        var team = await supervisor.GetPageAsync("/supervision/team");

        string Figure(string row, string figure) => team.Text($"{row} [data-figure='{figure}']");
        Figure("[data-staff='H0001']", "open").ShouldBe("4");
        Figure("[data-staff='H0001']", "overdue").ShouldBe("1");
        Figure("[data-staff='H0001']", "due-soon").ShouldBe("1");
        Figure("[data-staff='H0002']", "open").ShouldBe("1");
        Figure("[data-staff='H0002']", "overdue").ShouldBe("1");
        Figure("[data-staff='H0002']", "due-soon").ShouldBe("0");
        Figure($"[data-department='{Fx.Staff.DepartmentId}']", "unowned").ShouldBe("2");
        Figure($"[data-department='{Fx.Staff.DepartmentId}']", "overdue").ShouldBe("1");
        Figure("[data-department='none']", "unowned").ShouldBe("1");
    }

    [Fact]
    public async Task Each_figure_opens_the_complaints_it_counts()
    {
        var supervisor = await PageClient.SignInAsync(Fx.App, "supervisor");
        var team = await supervisor.GetPageAsync("/supervision/team");

        async Task<List<long>> Listed(string link)
        {
            var page = await supervisor.GetPageAsync(team.Get(link).GetAttribute("href")!);
            return page.All("[data-testid=complaints] tbody tr").Select(r => long.Parse(r.GetAttribute("data-complaint")!)).ToList();
        }

        (await Listed("[data-staff='H0001'] [data-figure='open'] a")).Count.ShouldBe(4);
        (await Listed("[data-staff='H0001'] [data-figure='overdue'] a")).ShouldBe([data.HandlerOverdue]);
        (await Listed("[data-staff='H0001'] [data-figure='due-soon'] a")).ShouldBe([data.HandlerDueSoon]);
        (await Listed($"[data-department='{Fx.Staff.DepartmentId}'] [data-figure='unowned'] a")).ShouldBe(data.DepartmentUnowned);
        (await Listed($"[data-department='{Fx.Staff.DepartmentId}'] [data-figure='overdue'] a")).ShouldBe([data.DepartmentOverdue]);
    }

    [Fact]
    public async Task The_management_page_shows_the_same_data_set()
    {
        var manager = await PageClient.SignInAsync(Fx.App, "manager");

        var page = await manager.GetPageAsync("/manager");

        page.Text("[data-figure='open']").ShouldBe("8");
        page.Text("[data-status='Registered'] .num").ShouldBe("1");
        page.Text("[data-status='Assigned'] .num").ShouldBe("6");
        page.Text("[data-status='AwaitingConfirmation'] .num").ShouldBe("1");
        page.Text("[data-figure='overdue']").ShouldBe("3");
        page.Text("[data-figure='received']").ShouldBe("4");
    }
}

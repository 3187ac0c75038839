using ComplaintDesk.Common;
using ComplaintDesk.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.IntegrationTests.Reports;

/// <summary>A small generate-data run into a test database, checked against what the real workflow guarantees.</summary>
public sealed class GeneratedDataTests(GeneratedData data) : IClassFixture<GeneratedData>
{
    private const int Count = GeneratedData.Count;
    private readonly TestDatabase _db = data.Db;
    private readonly ComplaintDeskApp _app = data.App;

    [Fact]
    public async Task It_writes_the_complaints_asked_for_with_every_status_occurring()
    {
        (await _db.ScalarAsync($"SELECT count(*) FROM complaints WHERE id <= {data.LastGeneratedId}")).ShouldBe(Count);
        foreach (var status in Enum.GetNames<ComplaintStatus>())
            (await _db.ScalarAsync($"SELECT count(*) FROM complaints WHERE status = '{status}'")).ShouldBeGreaterThan(0, status);
    }

    [Fact]
    public async Task Numbers_are_unique_and_in_the_project_format()
    {
        (await _db.ScalarAsync("SELECT count(DISTINCT number) FROM complaints")).ShouldBe(await _db.ScalarAsync("SELECT count(*) FROM complaints"));
        (await _db.ScalarAsync("SELECT count(*) FROM complaints WHERE number !~ '^TS20[0-9]{6}[0-9]{6}$'")).ShouldBe(0);
    }

    [Fact]
    public async Task Closed_complaints_close_after_they_arrive_and_only_they_have_a_closing_time()
    {
        (await _db.ScalarAsync("""
            SELECT count(*) FROM complaints WHERE status IN ('Closed', 'Withdrawn')
                AND (closure_closed_at IS NULL OR closure_closed_at < received_at OR received_at > registered_at)
            """)).ShouldBe(0);
        (await _db.ScalarAsync("SELECT count(*) FROM complaints WHERE status NOT IN ('Closed', 'Withdrawn') AND closure_closed_at IS NOT NULL")).ShouldBe(0);
    }

    [Fact]
    public async Task Only_closed_complaints_have_surveys()
    {
        (await _db.ScalarAsync("SELECT count(*) FROM satisfaction_surveys")).ShouldBeGreaterThan(Count / 5);
        (await _db.ScalarAsync("SELECT count(*) FROM satisfaction_surveys s JOIN complaints c ON c.id = s.complaint_id WHERE c.status <> 'Closed'")).ShouldBe(0);
    }

    [Fact]
    public async Task Every_complaint_has_its_clocks_and_a_timeline_from_registration()
    {
        (await _db.ScalarAsync("SELECT count(*) FROM complaints c WHERE NOT EXISTS (SELECT 1 FROM complaint_deadlines d WHERE d.complaint_id = c.id AND d.target = 'Resolution')")).ShouldBe(0);
        (await _db.ScalarAsync("SELECT count(*) FROM complaints c WHERE timeline_length <> (SELECT count(*) FROM timeline_events e WHERE e.complaint_id = c.id)")).ShouldBe(0);
        (await _db.ScalarAsync("SELECT count(*) FROM timeline_events WHERE sequence = 1 AND type <> 'Registered'")).ShouldBe(0);
        (await _db.ScalarAsync("SELECT count(*) FROM complaint_deadlines WHERE outcome = 'Missed'")).ShouldBeGreaterThan(0);
        (await _db.ScalarAsync("SELECT count(*) FROM complaints WHERE resolution_partly_upheld")).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_copies_reports_read_on_each_complaint_match_its_clocks_and_survey()
    {
        (await _db.ScalarAsync("SELECT count(*) FROM complaints WHERE sla_resolution_due_at IS NULL")).ShouldBe(0);
        (await _db.ScalarAsync("SELECT count(*) FROM complaints WHERE survey_rating IS NOT NULL")).ShouldBeGreaterThan(Count / 5);
        (await ReportCopies.DifferingAsync(_db)).ShouldBe(0);
    }

    [Fact]
    public async Task A_generated_complaint_loads_through_the_queries_with_an_intact_timeline()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<ComplaintQueries>();
        var viewer = new Actor(1, "经理", "M0001", [Roles.Manager]);
        foreach (var status in new[] { "Closed", "Reopened", "InProgress", "Withdrawn" })
        {
            var id = await _db.ScalarAsync($"SELECT min(id) FROM complaints WHERE status = '{status}'");
            var view = await queries.GetAsync(id, viewer, CancellationToken.None);
            view.Status.ToString().ShouldBe(status);
            (await queries.GetTimelineAsync(id, CancellationToken.None)).Intact.ShouldBeTrue(status);
        }
    }

    [Fact]
    public async Task A_complaint_registered_after_the_load_gets_a_fresh_number()
    {
        var client = await _app.ClientForAsync("counter");
        var registered = await Api.RegisterAsync(client);

        (await _db.ScalarAsync($"SELECT count(*) FROM complaints WHERE number = '{registered.Number}'")).ShouldBe(1);
    }
}

using ComplaintDesk.Common;
using ComplaintDesk.Complaints;
using ComplaintDesk.Demo.Volume;
using ComplaintDesk.IntegrationTests.Infrastructure;
using ComplaintDesk.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.IntegrationTests.Reporting;

/// <summary>A small generate-data run into a test database, checked against what the real workflow guarantees.</summary>
public sealed class GeneratedDataTests : IAsyncLifetime
{
    private const int Count = 2_000;
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero));
    private TestDatabase _db = null!;
    private ComplaintDeskApp _app = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        await TestStaff.SeedAsync(_db);
        _app = new ComplaintDeskApp(_db.ConnectionString, _clock);
        await using var scope = _app.Services.CreateAsyncScope();
        // Ten weeks, so that this small set still has complaints open in every status.
        await scope.ServiceProvider.GetRequiredService<VolumeGenerator>().GenerateAsync(new VolumeRequest(Count, Seed: 42, BatchSize: 700, Days: 70));
    }

    [Fact]
    public async Task Every_status_occurs_and_numbers_are_unique_in_the_project_format()
    {
        (await _db.ScalarAsync("SELECT count(*) FROM complaints")).ShouldBe(Count);
        foreach (var status in Enum.GetNames<ComplaintStatus>())
            (await _db.ScalarAsync($"SELECT count(*) FROM complaints WHERE status = '{status}'")).ShouldBeGreaterThan(0, status);
        (await _db.ScalarAsync("SELECT count(DISTINCT number) FROM complaints")).ShouldBe(Count);
        (await _db.ScalarAsync("SELECT count(*) FROM complaints WHERE number !~ '^TS20[0-9]{6}[0-9]{6}$'")).ShouldBe(0);
    }

    [Fact]
    public async Task Closed_complaints_close_after_they_arrive_and_only_they_have_surveys()
    {
        (await _db.ScalarAsync("""
            SELECT count(*) FROM complaints WHERE status IN ('Closed', 'Withdrawn')
                AND (closure_closed_at IS NULL OR closure_closed_at < received_at OR received_at > registered_at)
            """)).ShouldBe(0);
        (await _db.ScalarAsync("SELECT count(*) FROM complaints WHERE status NOT IN ('Closed', 'Withdrawn') AND closure_closed_at IS NOT NULL")).ShouldBe(0);
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

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _db.DisposeAsync();
    }
}

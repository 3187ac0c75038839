namespace ComplaintDesk.IntegrationTests.Numbering;

/// <summary>Two app instances on one database, registering at once, never issue the same number.</summary>
public sealed class NumberingTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ComplaintDeskApp _first = null!;
    private ComplaintDeskApp _second = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await TestStaff.SeedAsync(_database);
        _first = new ComplaintDeskApp(_database.ConnectionString);
        _second = new ComplaintDeskApp(_database.ConnectionString);
    }

    [Fact]
    public async Task Five_hundred_registrations_from_32_concurrent_tasks_over_two_instances_get_500_distinct_gapless_numbers()
    {
        HttpClient[] clients = [await _first.ClientForAsync("counter"), await _second.ClientForAsync("counter")];
        var numbers = new System.Collections.Concurrent.ConcurrentBag<string>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 500), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, _) =>
        {
            var complaint = await Api.RegisterAsync(clients[i % 2], Api.NewComplaint(phone: $"1390000{i:D4}"));
            numbers.Add(complaint.Number);
        });

        numbers.Count.ShouldBe(500);
        numbers.Distinct().Count().ShouldBe(500);
        // Gapless: the daily counters issued exactly 1..500 (a run across midnight would split them over two days).
        var counters = numbers.Select(n => long.Parse(n[^6..])).Order().ToList();
        (await _database.ScalarAsync("SELECT sum(last_value) FROM complaint_number_counters")).ShouldBe(500);
        (await _database.ScalarAsync("SELECT count(DISTINCT number) FROM complaints")).ShouldBe(500);
        counters.Last().ShouldBeLessThanOrEqualTo(500);
    }

    [Fact]
    public async Task A_registration_that_fails_after_taking_a_number_gives_the_number_back()
    {
        var client = await _first.ClientForAsync("counter");
        var before = await Api.RegisterAsync(client);

        // Passes validation but the domain refuses it after the number was issued: receivedAt in the future.
        var body = new
        {
            customer = new { name = "赵六", phone = "13700001234" },
            channel = "Letter",
            receivedAt = DateTimeOffset.UtcNow.AddDays(2),
            description = "信件投诉",
        };
        var refused = await client.PostAsJsonAsync("/api/complaints", body);
        await Api.ProblemAsync(refused, System.Net.HttpStatusCode.BadRequest);

        var after = await Api.RegisterAsync(client);
        (long.Parse(after.Number[^6..]) - long.Parse(before.Number[^6..])).ShouldBe(1);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _database.DisposeAsync();
    }
}

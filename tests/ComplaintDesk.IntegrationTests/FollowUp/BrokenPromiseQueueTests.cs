using ComplaintDesk.Handling;
using ComplaintDesk.IntegrationTests.Clocks;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.IntegrationTests.FollowUp;

/// <summary>
/// The queue's warning about broken call-back promises, with the app and the monitor on one test clock so a contact
/// can be recorded after the monitor found the promise broken.
/// </summary>
public sealed class BrokenPromiseQueueTests : IAsyncLifetime
{
    private readonly ApiFixture.OnFakeClock _fx = new();

    public Task InitializeAsync() => _fx.InitializeAsync();

    public Task DisposeAsync() => _fx.DisposeAsync();

    [Fact]
    public async Task A_contact_after_the_broken_promise_clears_the_queue_warning_but_the_promise_stays_broken()
    {
        var (supervisor, handler) = (await _fx.ClientAsync("supervisor"), await _fx.ClientAsync("handler"));
        var c = await Api.RegisterAsync(supervisor);
        await Api.StepAsync(supervisor, c.Id, "assign", new { departmentId = _fx.Staff.DepartmentId, handlerId = _fx.Staff.ByUserName["handler"].Id });
        await Api.StepAsync(handler, c.Id, "start");
        var dueAt = ApiFixture.ClockStart.AddHours(2);
        await Api.StepAsync(handler, c.Id, "notes", new { kind = "CallbackPromise", text = "两小时内回电", dueAt });
        var monitor = MonitorScenario.Monitor(_fx.App, _fx.Clock);

        _fx.Clock.SetUtcNow(dueAt.AddHours(1));
        (await monitor.RunOnceAsync(CancellationToken.None)).BrokenCallbacks.ShouldBe(1);
        (await CountsAsync()).BrokenCallbacks.ShouldBe(1);

        _fx.Clock.Advance(TimeSpan.FromMinutes(10));
        var after = await Api.StepAsync(handler, c.Id, "notes", new { kind = "CustomerContact", text = "已回电致歉并说明进展" });

        (await CountsAsync()).BrokenCallbacks.ShouldBe(0);
        var full = await Api.GetAsync<ComplaintView>(handler, $"/api/complaints/{after.Id}");
        full.Steps.Single(s => s.Kind == HandlingStepKind.CallbackPromise).Promise.ShouldBe(CallbackState.Broken);
    }

    private async Task<QueueCounts> CountsAsync()
    {
        await using var scope = _fx.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HandlerQueue>()
            .CountAsync(_fx.Staff.ByUserName["handler"].Id, CancellationToken.None);
    }
}

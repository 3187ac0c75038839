using ComplaintDesk.Clocks;
using ComplaintDesk.Escalations;
using ComplaintDesk.Handling;
using ComplaintDesk.Handling.Steps;
using ComplaintDesk.Notifications;
using ComplaintDesk.ReferenceData;
using ComplaintDesk.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintDesk.IntegrationTests.Clocks;

/// <summary>The deadline monitor's passes, run explicitly with a fake clock (the test host keeps the hosted service off).</summary>
public sealed class DeadlineMonitorTests : MonitorTest
{
    [Fact]
    public async Task A_deadline_at_risk_is_flagged_once_and_its_owner_gets_one_in_app_message()
    {
        var c = await S.Cases.NewAsync(ComplaintStatus.InProgress);
        // First contact made: only the decision clock is still running.
        await S.Cases.StepAsync(c.Id, "notes", new { kind = "CustomerContact", text = "已致电客户说明处理进度" });
        var resolution = (await S.DeadlinesAsync(c.Id)).Single(d => d.Target == SlaTarget.Resolution);
        var clock = new FakeTimeProvider(resolution.AtRiskFrom.AddMinutes(1));
        clock.GetUtcNow().ShouldBeLessThan(resolution.DueAt);
        var monitor = MonitorScenario.Monitor(Fx.App, clock);

        var first = await monitor.RunOnceAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(1));
        var second = await monitor.RunOnceAsync(CancellationToken.None);

        first.ShouldBe(MonitorPass.None with { Complaints = 1, AtRisk = 1 });
        second.ShouldBe(MonitorPass.None);
        var flagged = (await S.DeadlinesAsync(c.Id)).Single(d => d.Id == resolution.Id);
        flagged.AtRiskNotifiedAt.ShouldBe(resolution.AtRiskFrom.AddMinutes(1));
        flagged.Outcome.ShouldBeNull();
        var message = (await S.OutboxAsync(NoticeTemplates.DeadlineAtRisk)).ShouldHaveSingleItem();
        message.ComplaintId.ShouldBe(c.Id);
        message.Channel.ShouldBe(MessageChannel.InApp);
        message.RecipientStaffId.ShouldBe(S.StaffId("handler"));
        (await S.TimelineAsync(c.Id, TimelineEventType.DeadlineMissed)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_overdue_complaint_is_marked_missed_escalated_once_and_its_departments_supervisors_are_told()
    {
        var otherSupervisor = await AddSupervisorOfAnotherDepartmentAsync();
        var c = await S.Cases.RegisterAsync(receivedAt: MonitorScenario.LongAgo);
        await S.Cases.AssignAsync(c.Id);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var monitor = MonitorScenario.Monitor(Fx.App, clock);

        var first = await monitor.RunOnceAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(1));
        var second = await monitor.RunOnceAsync(CancellationToken.None);

        first.ShouldBe(MonitorPass.None with { Complaints = 1, Missed = 2, Escalations = 1 });
        second.ShouldBe(MonitorPass.None);
        var deadlines = await S.DeadlinesAsync(c.Id);
        foreach (var target in new[] { SlaTarget.FirstContact, SlaTarget.Resolution })
        {
            var d = deadlines.Single(x => x.Target == target);
            d.Outcome.ShouldBe(DeadlineOutcome.Missed);
            d.MissedAt.ShouldNotBeNull();
            d.CompletedAt.ShouldBeNull();
        }

        var missed = await S.TimelineAsync(c.Id, TimelineEventType.DeadlineMissed);
        missed.Select(e => e.Details.GetProperty("target").GetString()).Order().ShouldBe(["FirstContact", "Resolution"]);
        missed.ShouldAllBe(e => e.ActorName == DeadlineMonitor.Actor.Name && e.ActorStaffNumber == DeadlineMonitor.Actor.StaffNumber);
        (await S.TimelineAsync(c.Id, TimelineEventType.Escalated)).ShouldHaveSingleItem();

        var escalation = (await S.EscalationsAsync(c.Id)).ShouldHaveSingleItem();
        escalation.RaisedByName.ShouldBe(DeadlineMonitor.Actor.Name);
        escalation.Urgency.ShouldBe(Priority.High);
        await using (var scope = Fx.App.Services.CreateAsyncScope())
        {
            var inbox = await scope.ServiceProvider.GetRequiredService<EscalationInbox>().PendingAsync(CancellationToken.None);
            inbox.ShouldContain(p => p.ComplaintId == c.Id && p.RaisedByName == DeadlineMonitor.Actor.Name);
        }

        // One message per missed deadline, to the supervisor of the complaint's department and nobody else.
        var told = await S.OutboxAsync(NoticeTemplates.DeadlineMissed);
        told.Count.ShouldBe(2);
        told.ShouldAllBe(m => m.RecipientStaffId == S.StaffId("supervisor") && m.ComplaintId == c.Id && m.Channel == MessageChannel.InApp);
        told.ShouldNotContain(m => m.RecipientStaffId == otherSupervisor);
        // Reports count the misses from the complaint row's copies, saved with the flags.
        (await Fx.Database.ScalarAsync($"SELECT count(*) FROM complaints WHERE id = {c.Id} AND sla_contact_outcome = 'Missed' AND sla_resolution_outcome = 'Missed'")).ShouldBe(1);
        (await ReportCopies.DifferingAsync(Fx.Database)).ShouldBe(0);
    }

    [Fact]
    public async Task Two_instances_running_passes_at_once_escalate_each_of_40_overdue_complaints_exactly_once()
    {
        await using var second = new ComplaintDeskApp(Fx.Database.ConnectionString);
        var ids = new List<long>();
        for (var i = 0; i < 40; i++)
            ids.Add((await S.Cases.RegisterAsync(receivedAt: MonitorScenario.LongAgo, phone: $"1390000{i:D4}")).Id);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        // Small batches, so the two instances' passes interleave over the same rows.
        DeadlineMonitor[] monitors = [MonitorScenario.Monitor(Fx.App, clock, batchSize: 3), MonitorScenario.Monitor(second, clock, batchSize: 3)];

        var passes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => monitors[i % 2].RunOnceAsync(CancellationToken.None))));
        var after = await monitors[0].RunOnceAsync(CancellationToken.None);

        var total = passes.Aggregate(MonitorPass.None, (sum, p) => sum.Add(p));
        total.Missed.ShouldBe(80);
        total.Escalations.ShouldBe(40);
        (total.Conflicts + total.Failures).ShouldBe(0);
        after.ShouldBe(MonitorPass.None);

        await using var db = Fx.Database.CreateContext();
        var escalations = await db.Escalations.AsNoTracking().GroupBy(e => e.ComplaintId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        escalations.Select(e => e.Key).Order().ShouldBe(ids);
        escalations.ShouldAllBe(e => e.Count == 1);
        var missedEvents = await db.TimelineEvents.AsNoTracking().Where(e => e.Type == TimelineEventType.DeadlineMissed)
            .Select(e => new { e.ComplaintId, e.Details }).ToListAsync();
        missedEvents.Count.ShouldBe(80);
        missedEvents.Select(e => (e.ComplaintId, e.Details)).Distinct().Count().ShouldBe(80);
        (await db.Deadlines.CountAsync(d => d.Outcome == DeadlineOutcome.Missed && d.MissedAt != null)).ShouldBe(80);
        var messages = await db.Outbox.AsNoTracking().Where(m => m.Template == NoticeTemplates.DeadlineMissed).ToListAsync();
        messages.Count.ShouldBe(80);
        messages.Select(m => m.DedupeKey).Distinct().Count().ShouldBe(80);
        foreach (var id in ids)
        {
            var timeline = await S.Cases.TimelineAsync(id);
            timeline.Intact.ShouldBeTrue();
        }
    }

    [Fact]
    public async Task A_paused_complaint_is_not_flagged_until_its_clocks_run_again()
    {
        var c = await S.Cases.RegisterAsync(receivedAt: MonitorScenario.LongAgo);
        await S.Cases.AssignAsync(c.Id);
        await S.Cases.StepAsync(c.Id, "start");
        await S.Cases.StepAsync(c.Id, "pause", new { reason = "等待外部司法鉴定结果" });
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var monitor = MonitorScenario.Monitor(Fx.App, clock);

        var whilePaused = await monitor.RunOnceAsync(CancellationToken.None);

        whilePaused.ShouldBe(MonitorPass.None);
        (await S.DeadlinesAsync(c.Id)).ShouldAllBe(d => d.MissedAt == null && d.AtRiskNotifiedAt == null);
        (await S.TimelineAsync(c.Id, TimelineEventType.DeadlineMissed)).ShouldBeEmpty();
        (await S.EscalationsAsync(c.Id)).ShouldBeEmpty();

        // The pause moved the deadlines by a moment only: once resumed they are overdue again.
        await S.Cases.StepAsync(c.Id, "resume");
        clock.SetUtcNow(DateTimeOffset.UtcNow);
        var resumed = await monitor.RunOnceAsync(CancellationToken.None);
        resumed.Missed.ShouldBe(2);
        resumed.Escalations.ShouldBe(1);
        (await ReportCopies.DifferingAsync(Fx.Database)).ShouldBe(0);
    }

    [Fact]
    public async Task A_call_back_promise_is_reminded_once_shortly_before_it_falls_due()
    {
        var c = await S.Cases.NewAsync(ComplaintStatus.InProgress);
        var dueAt = Common.Clock.Normalize(DateTimeOffset.UtcNow.AddHours(3));
        await S.Cases.StepAsync(c.Id, "notes", new { kind = "CallbackPromise", text = "答应客户今天下午回电", dueAt });
        var clock = new FakeTimeProvider(dueAt.AddHours(-2));
        var monitor = MonitorScenario.Monitor(Fx.App, clock);

        var early = await monitor.RunOnceAsync(CancellationToken.None);
        clock.SetUtcNow(dueAt.AddMinutes(-30));
        var withinLead = await monitor.RunOnceAsync(CancellationToken.None);
        clock.SetUtcNow(dueAt.AddMinutes(-10));
        var later = await monitor.RunOnceAsync(CancellationToken.None);

        early.CallbackReminders.ShouldBe(0);
        withinLead.CallbackReminders.ShouldBe(1);
        later.CallbackReminders.ShouldBe(0);
        var message = (await S.OutboxAsync(NoticeTemplates.CallbackDue)).ShouldHaveSingleItem();
        message.RecipientStaffId.ShouldBe(S.StaffId("handler"));
        message.ComplaintId.ShouldBe(c.Id);
        await using var db = Fx.Database.CreateContext();
        var step = await db.HandlingSteps.AsNoTracking().SingleAsync(s => s.ComplaintId == c.Id && s.Kind == HandlingStepKind.CallbackPromise);
        step.ReminderQueuedAt.ShouldBe(dueAt.AddMinutes(-30));
    }

    [Fact]
    public async Task A_handlers_save_in_flight_is_skipped_and_kept_and_the_complaint_is_flagged_on_the_next_pass()
    {
        var c = await S.Cases.RegisterAsync(receivedAt: MonitorScenario.LongAgo);
        await S.Cases.AssignAsync(c.Id);
        var monitor = MonitorScenario.Monitor(Fx.App, new FakeTimeProvider(DateTimeOffset.UtcNow));

        MonitorPass during;
        await using (var scope = Fx.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Data.ComplaintDbContext>();
            var workflow = scope.ServiceProvider.GetRequiredService<ComplaintWorkflow>();
            // The handler's step is saved but not yet committed: its transaction holds the complaint row.
            await using var tx = await db.Database.BeginTransactionAsync();
            await workflow.PerformAsync(CaseSteps.RecordStep, c.Id, new RecordStepRequest(HandlingStepKind.InvestigationFinding, "核实卡片寄送记录", false),
                Fx.Staff.ByUserName["handler"].ToActor(), null, CancellationToken.None);
            // Bounded: a monitor that waited for the row instead of skipping it would wait for this very test.
            using var bounded = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            during = await monitor.RunOnceAsync(bounded.Token);
            await tx.CommitAsync();
        }
        var next = await monitor.RunOnceAsync(CancellationToken.None);

        during.ShouldBe(MonitorPass.None);
        next.ShouldBe(MonitorPass.None with { Complaints = 1, Missed = 2, Escalations = 1 });
        var complaint = await S.Cases.GetAsync(c.Id);
        complaint.Steps.ShouldContain(s => s.Text == "核实卡片寄送记录");
        var timeline = await S.Cases.TimelineAsync(c.Id);
        timeline.Intact.ShouldBeTrue();
        var types = timeline.Entries.Select(e => e.Type).ToList();
        types.IndexOf(TimelineEventType.StepRecorded).ShouldBeLessThan(types.IndexOf(TimelineEventType.DeadlineMissed));
    }

    [Fact]
    public async Task An_edit_conflict_at_save_rolls_the_batch_back_without_failing_the_pass_and_the_next_pass_completes_it()
    {
        var stale = new StaleVersionOnce();
        await using var app = Fx.App.WithWebHostBuilder(b => b.ConfigureServices(services =>
            services.ConfigureDbContext<Data.ComplaintDbContext>(o => o.AddInterceptors(stale))));
        for (var i = 0; i < 3; i++) await S.Cases.RegisterAsync(receivedAt: MonitorScenario.LongAgo, phone: $"1370000{i:D4}");
        var monitor = MonitorScenario.Monitor(app, new FakeTimeProvider(DateTimeOffset.UtcNow));

        stale.Armed = true;
        var conflicted = await monitor.RunOnceAsync(CancellationToken.None);
        var rowsAfterConflict = await Fx.Database.ScalarAsync(
            "SELECT (SELECT count(*) FROM escalations) + (SELECT count(*) FROM outbox_messages WHERE template <> 'acknowledgement') + (SELECT count(*) FROM complaint_deadlines WHERE missed_at IS NOT NULL)");
        var next = await monitor.RunOnceAsync(CancellationToken.None);

        stale.Fired.ShouldBeTrue();
        conflicted.ShouldBe(MonitorPass.None with { Conflicts = 3 });
        rowsAfterConflict.ShouldBe(0);
        next.ShouldBe(MonitorPass.None with { Complaints = 3, Missed = 6, Escalations = 3 });
    }

    [Fact]
    public async Task A_complaint_that_cannot_be_saved_does_not_hold_back_the_others_in_its_batch()
    {
        var ids = new List<long>();
        for (var i = 0; i < 3; i++) ids.Add((await S.Cases.RegisterAsync(receivedAt: MonitorScenario.LongAgo, phone: $"1360000{i:D4}")).Id);
        var broken = new FailSavingComplaint(ids[1]);
        await using var app = Fx.App.WithWebHostBuilder(b => b.ConfigureServices(services =>
            services.ConfigureDbContext<Data.ComplaintDbContext>(o => o.AddInterceptors(broken))));
        var monitor = MonitorScenario.Monitor(app, new FakeTimeProvider(DateTimeOffset.UtcNow));

        var pass = await monitor.RunOnceAsync(CancellationToken.None);

        pass.ShouldBe(MonitorPass.None with { Complaints = 2, Missed = 4, Escalations = 2, Failures = 1 });
        (await S.EscalationsAsync(ids[0])).ShouldHaveSingleItem();
        (await S.EscalationsAsync(ids[1])).ShouldBeEmpty();
        (await S.EscalationsAsync(ids[2])).ShouldHaveSingleItem();
    }

    private async Task<long> AddSupervisorOfAnotherDepartmentAsync()
    {
        await using var db = Fx.Database.CreateContext();
        var department = new Department("LOAN", "个人贷款部");
        db.Departments.Add(department);
        await db.SaveChangesAsync();
        var supervisor = new StaffMember("supervisor-loan", "主管乙", "S0002", [Roles.Supervisor], department.Id);
        supervisor.SetPasswordHash(new Microsoft.AspNetCore.Identity.PasswordHasher<StaffMember>().HashPassword(supervisor, TestStaff.Password));
        db.Staff.Add(supervisor);
        await db.SaveChangesAsync();
        return supervisor.Id;
    }

    /// <summary>Makes the next save's complaint UPDATE miss, as if a handler had saved the complaint after the monitor read it.</summary>
    private sealed class StaleVersionOnce : Microsoft.EntityFrameworkCore.Diagnostics.SaveChangesInterceptor
    {
        public volatile bool Armed;
        public bool Fired { get; private set; }

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> SavingChangesAsync(
            Microsoft.EntityFrameworkCore.Diagnostics.DbContextEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var changed = eventData.Context?.ChangeTracker.Entries<Complaint>().FirstOrDefault(e => e.State == EntityState.Modified);
            if (Armed && changed is not null)
            {
                Armed = false;
                Fired = true;
                changed.Property(x => x.Version).OriginalValue += 1;
            }
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }

    /// <summary>Fails every save that includes the given complaint, like a defect that only one complaint's data triggers.</summary>
    private sealed class FailSavingComplaint(long complaintId) : Microsoft.EntityFrameworkCore.Diagnostics.SaveChangesInterceptor
    {
        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> SavingChangesAsync(
            Microsoft.EntityFrameworkCore.Diagnostics.DbContextEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context?.ChangeTracker.Entries<Complaint>().Any(e => e.Entity.Id == complaintId) == true)
                throw new InvalidOperationException("A complaint the monitor cannot save.");
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}

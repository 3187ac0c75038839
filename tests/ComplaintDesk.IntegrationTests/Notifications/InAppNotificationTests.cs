using ComplaintDesk.Notifications;
using ComplaintDesk.Notifications.InApp;

namespace ComplaintDesk.IntegrationTests.Notifications;

/// <summary>Assignment reaches the handler's bell; each staff member reads and marks only their own notifications.</summary>
public sealed class InAppNotificationTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task An_assignment_puts_a_notification_in_the_handlers_bell_page_and_api()
    {
        var handler = await PageClient.SignInAsync(fx.App, "handler");
        var unreadBefore = int.Parse((await handler.GetPageAsync("/queue")).Text("[data-testid=unread-count]"));

        var c = await AssignedToAsync("handler");

        var bell = (await handler.GetPageAsync("/queue")).Get("[data-testid=bell]");
        int.Parse(bell.QuerySelector("[data-testid=unread-count]")!.TextContent).ShouldBe(unreadBefore + 1);
        bell.GetAttribute("href").ShouldBe("/notifications");
        var page = await handler.GetPageAsync("/notifications");
        var item = page.All("[data-testid=notifications] li").First();
        item.GetAttribute("data-read").ShouldBe("false");
        item.TextContent.ShouldContain(c.Number);
        item.TextContent.ShouldContain("主管甲");

        var listed = await Api.GetAsync<List<StaffNotificationView>>(await fx.ClientAsync("handler"), "/api/notifications");
        var mine = listed.First();
        mine.ComplaintId.ShouldBe(c.Id);
        mine.Subject.ShouldContain(c.Number);
        mine.ReadAt.ShouldBeNull();
    }

    [Fact]
    public async Task Another_staff_member_cannot_mark_it_read_and_the_owner_can()
    {
        var c = await AssignedToAsync("handler");
        var owner = await fx.ClientAsync("handler");
        var id = (await Api.GetAsync<List<StaffNotificationView>>(owner, "/api/notifications")).First(n => n.ComplaintId == c.Id).Id;
        var before = await RowCounts.TakeAsync(fx.Database);

        foreach (var other in new[] { "handler2", "supervisor", "admin" })
            await Api.ProblemAsync(await (await fx.ClientAsync(other)).PostAsync($"/api/notifications/{id}/read", null), HttpStatusCode.NotFound);
        (await Api.GetAsync<List<StaffNotificationView>>(await fx.ClientAsync("handler2"), "/api/notifications"))
            .ShouldNotContain(n => n.Id == id);
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);

        var response = await owner.PostAsync($"/api/notifications/{id}/read", null);
        await Api.ExpectAsync(response, HttpStatusCode.OK);
        (await Api.GetAsync<List<StaffNotificationView>>(owner, "/api/notifications?unreadOnly=true")).ShouldNotContain(n => n.Id == id);
    }

    [Fact]
    public async Task Mark_all_read_empties_the_bell_of_the_caller_only()
    {
        await AssignedToAsync("handler2");
        await AssignedToAsync("handler");
        var page = await PageClient.SignInAsync(fx.App, "handler2");

        var inbox = await page.GetPageAsync("/notifications");
        (await page.FollowAsync(await page.SubmitAsync(inbox, "[data-testid=read-all]"))).Text("[data-testid=unread-count]").ShouldBe("0");

        (await Api.GetAsync<List<StaffNotificationView>>(await fx.ClientAsync("handler2"), "/api/notifications?unreadOnly=true")).ShouldBeEmpty();
        (await Api.GetAsync<List<StaffNotificationView>>(await fx.ClientAsync("handler"), "/api/notifications?unreadOnly=true")).ShouldNotBeEmpty();
    }

    /// <summary>A new complaint assigned by the supervisor, with the handler's notice delivered as the dispatcher would.</summary>
    private async Task<ComplaintView> AssignedToAsync(string userName)
    {
        var supervisor = await fx.ClientAsync("supervisor");
        var c = await Api.RegisterAsync(supervisor);
        c = await Api.StepAsync(supervisor, c.Id, "assign",
            new { departmentId = fx.Staff.DepartmentId, handlerId = fx.Staff.ByUserName[userName].Id });
        var queued = (await Deliveries.QueuedAsync(fx.Database, c.Id, NoticeTemplates.AssignedToYou)).ShouldHaveSingleItem();
        queued.Channel.ShouldBe(MessageChannel.InApp);
        queued.RecipientStaffId.ShouldBe(fx.Staff.ByUserName[userName].Id);
        await Deliveries.DeliverAsync(fx.App, queued);
        return c;
    }
}

namespace ComplaintDesk.IntegrationTests.Pages;

public sealed class SignInPageTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_until_an_administrator_unlocks_it()
    {
        var browser = PageClient.Anonymous(fx.App);
        var failures = new List<HtmlPage>();
        for (var i = 0; i < 5; i++)
            failures.Add(await PageClient.ReadAsync(await browser.TrySignInAsync("handler2", "wrong-password-" + i)));
        var rightPasswordWhileLocked = await PageClient.ReadAsync(await browser.TrySignInAsync("handler2", TestStaff.Password));

        var admin = await PageClient.SignInAsync(fx.App, "admin");
        var staff = await admin.GetPageAsync("/admin/staff");
        var unlocked = await admin.FollowAsync(await admin.SubmitAsync(staff, "tr[data-user='handler2'] form"));
        var afterUnlock = await browser.TrySignInAsync("handler2", TestStaff.Password);

        failures[0].Text("[data-testid=form-errors]").ShouldContain("The user name or password is not correct.");
        failures[4].Text("[data-testid=form-errors]").ShouldContain("Too many failed attempts");
        rightPasswordWhileLocked.Status.ShouldBe(HttpStatusCode.OK);
        rightPasswordWhileLocked.Text("[data-testid=form-errors]").ShouldContain("Too many failed attempts");
        staff.Text("tr[data-user='handler2'] [data-testid=lock]").ShouldContain("Locked until");
        unlocked.Text("[data-testid=success]").ShouldBe("处理员乙 (H0002) can sign in again.");
        unlocked.Find("tr[data-user='handler2'] form").ShouldBeNull();
        afterUnlock.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PageClient.LocationOf(afterUnlock).ShouldBe("/queue");
    }

    [Fact]
    public async Task Signing_out_takes_a_post_with_the_anti_forgery_token()
    {
        var supervisor = await PageClient.SignInAsync(fx.App, "supervisor");
        var page = await supervisor.GetPageAsync("/supervision/team");

        var byLink = await supervisor.GetAsync("/account/sign-out");
        var stillIn = await supervisor.GetAsync("/supervision/team");
        var forged = await supervisor.PostAsync("/account/sign-out");
        var stillInAfterForgery = await supervisor.GetAsync("/supervision/team");
        var signedOut = await supervisor.SubmitAsync(page, "form[action='/account/sign-out']");
        var afterwards = await supervisor.GetAsync("/supervision/team");

        byLink.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stillIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        stillInAfterForgery.StatusCode.ShouldBe(HttpStatusCode.OK);
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PageClient.LocationOf(signedOut).ShouldBe("/account/sign-in");
        afterwards.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PageClient.LocationOf(afterwards).ShouldStartWith("/account/sign-in");
    }

    [Fact]
    public async Task The_language_switch_in_the_layout_posts_with_its_token()
    {
        var supervisor = await PageClient.SignInAsync(fx.App, "supervisor");
        var page = await supervisor.GetPageAsync("/supervision/team");

        var switched = await supervisor.SubmitAsync(page, "form[action='/language']", ("culture", "zh-CN"));
        var chinese = await supervisor.FollowAsync(switched);

        PageClient.LocationOf(switched).ShouldBe("/supervision/team");
        chinese.Text("h1").ShouldBe("团队工作量");
    }
}

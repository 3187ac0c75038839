namespace ComplaintDesk.IntegrationTests.Pages;

public sealed class SupervisionAccessTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    public static readonly TheoryData<string> SupervisorAndAdminPages =
    [
        "/supervision/triage", "/supervision/team", "/supervision/escalations", "/supervision/complaints",
        "/admin/staff", "/admin/staff/edit", "/admin/departments", "/admin/categories",
    ];

    [Theory]
    [MemberData(nameof(SupervisorAndAdminPages))]
    public async Task A_handler_is_shown_the_access_denied_page(string path)
    {
        var handler = await PageClient.SignInAsync(fx.App, "handler");

        var response = await handler.GetAsync(path);
        var denied = await handler.GetAsync(PageClient.LocationOf(response));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PageClient.LocationOf(response).ShouldStartWith("/account/access-denied");
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await denied.Content.ReadAsStringAsync()).ShouldContain("You do not have permission to open this page.");
    }

    [Fact]
    public async Task Each_role_reaches_its_own_pages_only()
    {
        var supervisor = await PageClient.SignInAsync(fx.App, "supervisor");
        var manager = await PageClient.SignInAsync(fx.App, "manager");
        var admin = await PageClient.SignInAsync(fx.App, "admin");

        (await supervisor.GetAsync("/supervision/triage")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await supervisor.GetAsync("/manager")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await supervisor.GetAsync("/admin/staff")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await manager.GetAsync("/manager")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await manager.GetAsync("/supervision/team")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetAsync("/admin/categories")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync("/manager")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Without_signing_in_the_pages_send_to_the_sign_in_page()
    {
        var anonymous = PageClient.Anonymous(fx.App);

        var response = await anonymous.GetAsync("/supervision/triage");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PageClient.LocationOf(response).ShouldStartWith("/account/sign-in");
    }
}

namespace ComplaintDesk.IntegrationTests.CustomerPortal;

public sealed class CustomerLookupTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_right_number_and_phone_give_a_signed_link_that_opens_the_complaint()
    {
        var c = await Api.RegisterAsync(await fx.ClientAsync("counter"));

        // Typed as customers do: lower case, spaces, the country code and dashes.
        var response = await CustomerScenario.LookupAsync(fx.App.CreateClient(), $" {c.Number.ToLowerInvariant()} ", "+86 138-0000-1111");

        await Api.ExpectAsync(response, HttpStatusCode.OK);
        var link = await response.Content.ReadFromJsonAsync<JsonElement>();
        var token = link.GetProperty("token").GetString()!;
        link.GetProperty("url").GetString().ShouldEndWith("/customer/" + token);
        var view = await CustomerScenario.ViewAsync(fx.App, token);
        view.Number.ShouldBe(c.Number);
        view.CustomerPhone.ShouldBe(CustomerScenario.Phone);
        view.ExpectedBy.ShouldBe(c.ResponseDueAt);
    }

    [Fact]
    public async Task A_wrong_number_and_a_wrong_phone_get_the_same_answer()
    {
        var c = await Api.RegisterAsync(await fx.ClientAsync("counter"));
        var client = fx.App.CreateClient();

        var wrongNumber = await CustomerScenario.LookupAsync(client, "TS20990101999999", CustomerScenario.Phone);
        var wrongPhone = await CustomerScenario.LookupAsync(client, c.Number, "13900009999");

        var a = await Api.ProblemAsync(wrongNumber, HttpStatusCode.NotFound);
        var b = await Api.ProblemAsync(wrongPhone, HttpStatusCode.NotFound);
        a.GetProperty("detail").GetString().ShouldBe(b.GetProperty("detail").GetString());
        a.GetProperty("title").GetString().ShouldBe(b.GetProperty("title").GetString());
        a.GetProperty("code").GetString().ShouldBe(b.GetProperty("code").GetString());
        a.GetProperty("detail").GetString()!.ShouldNotContain(c.Number);
    }

    [Fact]
    public async Task A_lookup_without_number_or_phone_is_400_naming_both()
    {
        var response = await fx.App.CreateClient().PostAsJsonAsync("/api/customer/lookup", new { number = "", phone = (string?)null });

        (await Api.ErrorFieldsAsync(response)).ShouldBe(["number", "phone"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_lookup_page_redirects_to_the_complaint_or_says_plainly_that_nothing_matched()
    {
        var c = await Api.RegisterAsync(await fx.ClientAsync("counter"));
        var browser = PageClient.Anonymous(fx.App);
        var form = await browser.GetPageAsync("/customer");

        var miss = await PageClient.ReadAsync(await browser.SubmitAsync(form, "form[data-testid=lookup-form]",
            ("Lookup.Number", c.Number), ("Lookup.Phone", "13900009999")));
        var hit = await browser.SubmitAsync(form, "form[data-testid=lookup-form]",
            ("Lookup.Number", c.Number), ("Lookup.Phone", CustomerScenario.Phone));

        miss.Status.ShouldBe(HttpStatusCode.OK);
        miss.Text("[data-testid=form-errors]").ShouldContain("We found no complaint with this number and phone number");
        miss.Get("#Lookup_Number").GetAttribute("value").ShouldBe(c.Number);
        var view = await browser.FollowAsync(hit);
        view.Url.ShouldStartWith("/customer/");
        view.Text("h1").ShouldContain(c.Number);
    }

    [Theory]
    [InlineData("/queue")]
    [InlineData("/intake/new")]
    [InlineData("/complaints/1")]
    [InlineData("/")]
    public async Task Opening_the_customer_pages_to_everyone_leaves_the_staff_pages_behind_the_sign_in(string staffPage)
    {
        var anonymous = PageClient.Anonymous(fx.App);

        var lookup = await anonymous.GetAsync("/customer");
        var staff = await anonymous.GetAsync(staffPage);

        lookup.StatusCode.ShouldBe(HttpStatusCode.OK);
        staff.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PageClient.LocationOf(staff).ShouldStartWith("/account/sign-in");
    }
}

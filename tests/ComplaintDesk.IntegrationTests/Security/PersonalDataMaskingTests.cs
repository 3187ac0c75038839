namespace ComplaintDesk.IntegrationTests.Security;

/// <summary>Counter, Handler and Supervisor contact customers and see their phone and ID number; Manager and Admin see them masked.</summary>
public sealed class PersonalDataMaskingTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    private const string Phone = "13812345678";
    private const string NationalId = "110101199003071234";

    private async Task<ComplaintView> RegisterAsync()
    {
        var body = new
        {
            customer = new { name = "脱敏客户", phone = Phone, nationalId = NationalId, email = "mask@example.com" },
            channel = "Phone",
            // Free text quotes the numbers too, as customers and clerks do.
            description = $"需要核对身份的投诉：客户来电 {Phone}，身份证 {NationalId}。",
        };
        var c = await Api.RegisterAsync(await fx.ClientAsync("counter"), body);
        return await Api.StepAsync(await fx.ClientAsync("supervisor"), c.Id, "notes",
            new { kind = "CustomerContact", text = $"已回拨 {Phone} 核对身份证 {NationalId}" });
    }

    [Theory]
    [InlineData("counter")]
    [InlineData("handler")]
    [InlineData("supervisor")]
    public async Task Staff_who_contact_customers_see_the_full_phone_and_id_number(string user)
    {
        var c = await RegisterAsync();
        var client = await fx.ClientAsync(user);

        var byId = await Api.GetAsync<ComplaintView>(client, $"/api/complaints/{c.Id}");
        var byNumber = await Api.GetAsync<ComplaintView>(client, $"/api/complaints/by-number/{c.Number}");

        foreach (var view in new[] { byId, byNumber })
        {
            view.Customer.Phone.ShouldBe(Phone);
            view.Customer.NationalId.ShouldBe(NationalId);
            view.Description.ShouldContain(Phone);
            view.Steps.Single().Text.ShouldContain(NationalId);
        }
    }

    [Theory]
    [InlineData("manager")]
    [InlineData("admin")]
    public async Task Managers_and_admins_see_the_phone_and_id_number_masked(string user)
    {
        var c = await RegisterAsync();
        var client = await fx.ClientAsync(user);

        var byId = await Api.GetAsync<ComplaintView>(client, $"/api/complaints/{c.Id}");
        var byNumber = await Api.GetAsync<ComplaintView>(client, $"/api/complaints/by-number/{c.Number}");

        foreach (var view in new[] { byId, byNumber })
        {
            view.Customer.Phone.ShouldBe("138****5678");
            view.Customer.NationalId.ShouldBe("110***********1234");
            view.Customer.Name.ShouldBe("脱敏客户");
            view.Description.ShouldBe("需要核对身份的投诉：客户来电 138****5678，身份证 110***********1234。");
            view.Steps.Single().Text.ShouldBe("已回拨 138****5678 核对身份证 110***********1234");
        }
    }

    [Theory]
    [InlineData("manager")]
    [InlineData("admin")]
    public async Task No_response_a_manager_or_admin_can_read_contains_the_full_phone_or_id_number(string user)
    {
        var c = await RegisterAsync();
        var client = await fx.ClientAsync(user);

        string[] urls =
        [
            $"/api/complaints/{c.Id}", $"/api/complaints/by-number/{c.Number}", $"/api/complaints/{c.Id}/timeline",
            $"/api/complaints?q={Phone}", "/api/complaints?limit=100",
        ];
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            await Api.ExpectAsync(response, System.Net.HttpStatusCode.OK);
            var text = await response.Content.ReadAsStringAsync();
            text.ShouldNotContain(Phone, customMessage: url);
            text.ShouldNotContain(NationalId, customMessage: url);
        }
        // The search by phone still finds the complaint; only the answer is masked.
        var page = await Api.GetAsync<Page<ComplaintSummary>>(client, $"/api/complaints?q={Phone}");
        page.Items.Select(i => i.Id).ShouldContain(c.Id);
    }

    [Fact]
    public async Task A_step_answers_with_the_full_data_for_the_staff_member_who_took_it()
    {
        var c = await RegisterAsync();

        var withdrawn = await Api.StepAsync(await fx.ClientAsync("counter"), c.Id, "withdraw", new { reason = "客户撤回" });

        withdrawn.Customer.Phone.ShouldBe(Phone);
        withdrawn.Customer.NationalId.ShouldBe(NationalId);
    }
}

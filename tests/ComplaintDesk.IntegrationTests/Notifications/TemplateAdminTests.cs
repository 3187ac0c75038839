using ComplaintDesk.Notifications.Templates;

namespace ComplaintDesk.IntegrationTests.Notifications;

/// <summary>Admin edits the wording of messages: every key seeded in both languages, If-Match, and placeholder checks.</summary>
public sealed class TemplateAdminTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    private const string Url = "/api/admin/templates";

    [Fact]
    public async Task Every_message_key_is_seeded_in_chinese_and_english()
    {
        var templates = await Api.GetAsync<List<JsonElement>>(await fx.ClientAsync("admin"), Url);

        templates.Select(t => (t.GetProperty("key").GetString()!, t.GetProperty("language").GetString()!)).Order().ToList()
            .ShouldBe(TemplateCatalog.Keys.SelectMany(k => new[] { (k, "en"), (k, "zh-CN") }).Order().ToList());
        templates.ShouldAllBe(t => t.GetProperty("subject").GetString()!.Contains("{number}"));
        // What the seed says is what an Admin could have saved: no placeholder a message does not fill.
        foreach (var t in templates)
        {
            var known = TemplateCatalog.PlaceholdersOf(t.GetProperty("key").GetString()!);
            TemplateText.Placeholders(t.GetProperty("body").GetString()!).ShouldBeSubsetOf(known);
        }
        templates.Where(t => t.GetProperty("toCustomer").GetBoolean()).ShouldAllBe(t =>
            t.GetProperty("body").GetString()!.Contains("{link}") && t.GetProperty("body").GetString()!.Contains("{number}"));
    }

    [Fact]
    public async Task An_edit_with_the_current_etag_is_saved_and_a_stale_one_is_409_with_nothing_written()
    {
        var admin = await fx.ClientAsync("admin");
        var first = await admin.GetAsync($"{Url}/clock-resumed/en");
        await Api.ExpectAsync(first, HttpStatusCode.OK);
        var etag = first.Headers.ETag!.Tag;

        var saved = await PutAsync(admin, "clock-resumed/en", "Complaint {number} resumed", "Complaint {number}: we answer by {deadline}. {link}", etag);
        await Api.ExpectAsync(saved, HttpStatusCode.OK);
        saved.Headers.ETag!.Tag.ShouldNotBe(etag);
        var body = await saved.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("updatedBy").GetString().ShouldBe("管理员 (A0001)");

        var before = await RowCounts.TakeAsync(fx.Database);
        var stale = await PutAsync(admin, "clock-resumed/en", "Overwritten", "Overwritten {number}", etag);
        await Api.ProblemAsync(stale, HttpStatusCode.Conflict);
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
        (await Api.GetAsync<JsonElement>(admin, $"{Url}/clock-resumed/en")).GetProperty("subject").GetString().ShouldBe("Complaint {number} resumed");
    }

    [Fact]
    public async Task A_placeholder_the_message_does_not_fill_is_a_400_on_its_field_and_nothing_is_written()
    {
        var admin = await fx.ClientAsync("admin");
        var before = await RowCounts.TakeAsync(fx.Database);

        var inBody = await PutAsync(admin, "acknowledgement/zh-CN", "投诉{number}", "您的处理人是{handlerName}", null);
        var inSubject = await PutAsync(admin, "assigned-to-you/en", "{link}", "Complaint {number}", null);

        var problem = await Api.ProblemAsync(inBody, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("body")[0].GetString()!.ShouldContain("{handlerName}");
        (await Api.ErrorFieldsAsync(inSubject)).ShouldBe(["subject"]);
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
    }

    [Fact]
    public async Task An_empty_text_is_400_naming_it()
    {
        var admin = await fx.ClientAsync("admin");

        (await Api.ErrorFieldsAsync(await PutAsync(admin, "closed/en", "", "Body {number}", null))).ShouldBe(["subject"]);
    }

    [Fact]
    public async Task An_unknown_key_or_language_is_404()
    {
        var admin = await fx.ClientAsync("admin");

        await Api.ProblemAsync(await admin.GetAsync($"{Url}/no-such-message/en"), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await admin.GetAsync($"{Url}/closed/fr"), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await PutAsync(admin, "no-such-message/en", "S {number}", "B", null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_edit_page_shows_an_unknown_placeholder_beside_the_body_and_keeps_the_input()
    {
        var page = await PageClient.SignInAsync(fx.App, "admin");
        var list = await page.GetPageAsync("/admin/templates");
        list.All("[data-testid=templates] tbody tr").Count.ShouldBe(TemplateCatalog.Keys.Count * 2);
        var form = await page.GetPageAsync("/admin/templates/survey-invitation/en");
        var before = await RowCounts.TakeAsync(fx.Database);

        var response = await page.SubmitAsync(form, "#form form", ("Input.Body", "Rate us: {link} {surveyScore}"));

        var shown = await PageClient.ReadAsync(response);
        shown.Status.ShouldBe(HttpStatusCode.OK);
        shown.FieldError("Input.Body").ShouldContain("{surveyScore}");
        shown.Get("textarea[name='Input.Body']").TextContent.Trim().ShouldBe("Rate us: {link} {surveyScore}");
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);

        var saved = await page.FollowAsync(await page.SubmitAsync(shown, "#form form", ("Input.Body", "Rate complaint {number}: {link}")));
        saved.Text("[data-testid=success]").ShouldContain("survey-invitation");
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string keyAndLanguage, string subject, string body, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{Url}/{keyAndLanguage}") { Content = JsonContent.Create(new { subject, body }) };
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }
}

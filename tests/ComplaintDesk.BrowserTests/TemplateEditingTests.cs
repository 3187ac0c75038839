namespace ComplaintDesk.BrowserTests;

/// <summary>An Admin edits a message's wording in Chinese and is told, beside the text, of a placeholder it cannot use.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TemplateEditingTests(ChromiumFixture chromium, AppFixture app) : BrowserTest(chromium, app)
{
    [Fact]
    public Task An_unknown_placeholder_is_shown_beside_the_text_and_a_valid_edit_is_saved() => BrowseAsync(async page =>
    {
        var shell = new Shell(page);
        await SignInAsync(page, "admin");
        await shell.GotoAsync("/admin/templates/acknowledgement/zh-CN");
        var body = page.Locator("textarea[name='Input.Body']");

        await body.FillAsync("您的投诉编号为{number}，处理人{handlerName}。{link}");
        await page.Locator("#form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.Body']")).ToContainTextAsync("{handlerName} 不是此消息可用的占位符");
        await Assertions.Expect(body).ToHaveValueAsync("您的投诉编号为{number}，处理人{handlerName}。{link}");
        await ScreenshotAsync(page, "template-edit-unknown-placeholder");

        await body.FillAsync("您的投诉编号为{number}，我们将在{deadline}前答复。{link}");
        await page.Locator("#form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.GetByTestId("success")).ToBeVisibleAsync();
        await Assertions.Expect(body).ToHaveValueAsync("您的投诉编号为{number}，我们将在{deadline}前答复。{link}");
    });
}

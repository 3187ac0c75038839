using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ComplaintDesk.IntegrationTests.Infrastructure;

/// <summary>A page as the browser got it: where it came from, its status and its parsed HTML.</summary>
public sealed record HtmlPage(string Url, HttpStatusCode Status, IHtmlDocument Document)
{
    public IElement? Find(string selector) => Document.QuerySelector(selector);

    public IElement Get(string selector) =>
        Document.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"{Url} has no element matching '{selector}'.");

    public IReadOnlyList<IElement> All(string selector) => Document.QuerySelectorAll(selector).ToList();

    public string Text(string selector) => Get(selector).TextContent.Trim();

    /// <summary>The message shown beside a field (empty when there is none).</summary>
    public string FieldError(string field) => Find($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? "";
}

/// <summary>
/// Uses the pages the way a browser does: a cookie jar, no automatic redirects (so PRG can be checked), and forms read
/// from the HTML and posted back with their hidden fields and anti-forgery token. English is asked for, so tests can
/// read messages; the zh-CN texts are the same keys.
/// </summary>
public sealed class PageClient
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient _http;

    private PageClient(HttpClient http) => _http = http;

    /// <param name="language">Another language only where a test is about the culture itself (zh-CN parsing, for example).</param>
    public static PageClient Anonymous(ComplaintDeskApp app, string language = "en")
    {
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return new PageClient(http);
    }

    /// <summary>A client signed in through the sign-in page as one of <see cref="TestStaff"/> (or a user a test created).</summary>
    public static async Task<PageClient> SignInAsync(ComplaintDeskApp app, string userName, string password = TestStaff.Password,
        string language = "en")
    {
        var client = Anonymous(app, language);
        var response = await client.TrySignInAsync(userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new Xunit.Sdk.XunitException($"Signing in as {userName} gave {(int)response.StatusCode}, not a redirect.");
        return client;
    }

    public async Task<HttpResponseMessage> TrySignInAsync(string userName, string password)
    {
        var page = await GetPageAsync("/account/sign-in");
        return await SubmitAsync(page, "main form", ("Input.UserName", userName), ("Input.Password", password));
    }

    public Task<HttpResponseMessage> GetAsync(string url) => _http.GetAsync(url);

    public Task<HttpResponseMessage> PostAsync(string url, params (string Name, string Value)[] fields) =>
        _http.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));

    /// <summary>GETs a page that must answer 200.</summary>
    public async Task<HtmlPage> GetPageAsync(string url)
    {
        var response = await _http.GetAsync(url);
        await Api.ExpectAsync(response, HttpStatusCode.OK);
        return await ReadAsync(response);
    }

    /// <summary>Posts the form matched by <paramref name="formSelector"/>; each given field replaces the form's values of that name (null removes them).</summary>
    public async Task<HttpResponseMessage> SubmitAsync(HtmlPage page, string formSelector, params (string Name, string? Value)[] fields)
    {
        var form = page.Document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new Xunit.Sdk.XunitException($"{page.Url} has no form matching '{formSelector}'.");
        var values = FormValues(form);
        var replaced = fields.Select(f => f.Name).ToHashSet();
        values.RemoveAll(v => replaced.Contains(v.Key));
        values.AddRange(fields.Where(f => f.Value is not null).Select(f => KeyValuePair.Create(f.Name, f.Value!)));
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Url;
        return await _http.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>The page a POST redirected to (post/redirect/get).</summary>
    public async Task<HtmlPage> FollowAsync(HttpResponseMessage response)
    {
        await Api.ExpectAsync(response, HttpStatusCode.Redirect);
        return await GetPageAsync(LocationOf(response));
    }

    /// <summary>Where a redirect points, as path and query (cookie sign-in redirects are absolute, pages' relative).</summary>
    public static string LocationOf(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} has no Location.");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    public static async Task<HtmlPage> ReadAsync(HttpResponseMessage response) =>
        new(response.RequestMessage!.RequestUri!.PathAndQuery, response.StatusCode,
            Parser.ParseDocument(await response.Content.ReadAsStringAsync()));

    private static List<KeyValuePair<string, string>> FormValues(IHtmlFormElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            if (element.HasAttribute("disabled")) continue;
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "submit" or "button" or "image" or "file" or "reset":
                    break;
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked) values.Add(KeyValuePair.Create(name, input.Value));
                    break;
                case IHtmlInputElement input:
                    values.Add(KeyValuePair.Create(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    var selected = select.Options.Where(o => o.IsSelected).ToList();
                    if (selected.Count == 0 && select.Options.Length > 0 && !select.IsMultiple) selected.Add(select.Options[0]!);
                    values.AddRange(selected.Select(o => KeyValuePair.Create(name, o.Value)));
                    break;
                case IHtmlTextAreaElement textArea:
                    values.Add(KeyValuePair.Create(name, textArea.Value));
                    break;
            }
        }
        return values;
    }
}

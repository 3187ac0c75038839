using Microsoft.AspNetCore.Mvc.Testing;

namespace ComplaintDesk.IntegrationTests.Infrastructure;

/// <summary>
/// A browser-like client for the staff pages: signs in through the sign-in form with a cookie, reads English pages,
/// and posts forms with their hidden fields (antiforgery token, version) the way a browser would. Redirects are not
/// followed, so tests see the redirect after a successful post.
/// </summary>
public sealed class PageSession
{
    private readonly HttpClient _client;

    private PageSession(HttpClient client) => _client = client;

    public static async Task<PageSession> SignInAsync(ComplaintDeskApp app, string userName)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var session = new PageSession(client);
        var signIn = await session.GetPageAsync("/account/sign-in");
        var response = await session.PostAsync(Html.Forms(signIn).Single(f => f.Body.Contains("Input.UserName")), new()
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = TestStaff.Password,
        }, action: "/account/sign-in");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"signing in as {userName}");
        return session;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => _client.GetAsync(url);

    /// <summary>GETs a page that must answer 200 and returns its HTML.</summary>
    public async Task<string> GetPageAsync(string url)
    {
        var response = await _client.GetAsync(url);
        await Api.ExpectAsync(response, HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts a form's hidden fields plus <paramref name="fields"/> (which win over hidden ones of the same name).</summary>
    public Task<HttpResponseMessage> PostAsync(Html.Form form, Dictionary<string, string> fields, string? action = null)
    {
        var values = new Dictionary<string, string>(form.Hidden);
        foreach (var (name, value) in fields) values[name] = value;
        return _client.PostAsync(action ?? form.Action, new FormUrlEncodedContent(values));
    }
}

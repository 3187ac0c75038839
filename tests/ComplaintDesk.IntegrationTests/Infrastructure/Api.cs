using System.Net.Http.Headers;
using System.Text.Json.Serialization;

namespace ComplaintDesk.IntegrationTests.Infrastructure;

/// <summary>Small helpers for calling the complaints API the way a client would.</summary>
public static class Api
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static object NewComplaint(string phone = "13800001111", string name = "王小明", long? categoryId = null,
        DateTimeOffset? receivedAt = null, string priority = "Normal") => new
    {
        customer = new { name, phone, email = "wang@example.com", nationalId = "110101199003071234" },
        channel = "Counter",
        receivedAt,
        categoryId,
        priority,
        description = "信用卡办理两个月仍未收到,也没有任何解释。",
        desiredOutcome = "尽快寄送并说明原因",
    };

    public static async Task<ComplaintView> RegisterAsync(HttpClient client, object? body = null)
    {
        var response = await client.PostAsJsonAsync("/api/complaints", body ?? NewComplaint());
        await ExpectAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<ComplaintView>(Json))!;
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, long id, string step, object? body = null, uint? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/complaints/{id}/{step}")
        {
            Content = body is null ? null : JsonContent.Create(body),
        };
        if (ifMatch is { } version) request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        return client.SendAsync(request);
    }

    public static async Task<ComplaintView> StepAsync(HttpClient client, long id, string step, object? body = null)
    {
        var response = await PostAsync(client, id, step, body);
        await ExpectAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ComplaintView>(Json))!;
    }

    public static async Task<T> GetAsync<T>(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        await ExpectAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        await ExpectAsync(response, expected);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Sends <paramref name="json"/> exactly as given (null: no body at all), for input no serializer would produce.</summary>
    public static Task<HttpResponseMessage> RawAsync(HttpClient client, HttpMethod method, string url, string? json,
        string contentType = "application/json", params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, url);
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return client.SendAsync(request);
    }

    /// <summary>Asserts a 400 problem and returns the names in its <c>errors</c> object.</summary>
    public static async Task<string[]> ErrorFieldsAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.BadRequest)
    {
        var problem = await ProblemAsync(response, expected);
        return problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToArray();
    }

    public static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
            throw new Xunit.Sdk.XunitException(
                $"Expected {(int)expected} but got {(int)response.StatusCode} from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {await response.Content.ReadAsStringAsync()}");
    }
}

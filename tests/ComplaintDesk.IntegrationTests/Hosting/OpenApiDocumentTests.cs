using System.Text.RegularExpressions;

namespace ComplaintDesk.IntegrationTests.Hosting;

/// <summary>
/// The OpenAPI document clients are generated from (/swagger/v1/swagger.json): every operation has a stable, unique
/// operationId and a summary; routes open to anonymous callers say so. scripts/lint-openapi.sh runs the linter.
/// </summary>
public sealed partial class OpenApiDocumentTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    private sealed record Operation(string Method, string Path, JsonElement Body)
    {
        public string? Id => Body.TryGetProperty("operationId", out var id) ? id.GetString() : null;
        public string? Summary => Body.TryGetProperty("summary", out var summary) ? summary.GetString() : null;
        public override string ToString() => $"{Method.ToUpperInvariant()} {Path}";
    }

    [Fact]
    public async Task Every_operation_has_a_unique_PascalCase_operationId_and_a_summary()
    {
        var operations = Operations(await DocumentAsync());

        operations.Count.ShouldBeGreaterThan(50);
        operations.Where(o => string.IsNullOrWhiteSpace(o.Id)).Select(o => o.ToString())
            .ShouldBeEmpty("These operations have no operationId (WithName on the route)");
        operations.Where(o => string.IsNullOrWhiteSpace(o.Summary)).Select(o => o.ToString())
            .ShouldBeEmpty("These operations have no summary (WithSummary on the route)");
        operations.Where(o => o.Id is { Length: > 0 } id && !PascalCase().IsMatch(id)).Select(o => $"{o}: {o.Id}")
            .ShouldBeEmpty("These operationIds are not PascalCase, verb first");
        operations.Where(o => !string.IsNullOrWhiteSpace(o.Id)).GroupBy(o => o.Id).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g)}")
            .ShouldBeEmpty("These operationIds name more than one operation");
    }

    [Fact]
    public async Task Only_the_sign_in_and_the_customer_routes_are_open_without_a_bearer_token()
    {
        var document = await DocumentAsync();

        document.GetProperty("security").EnumerateArray().Single().TryGetProperty("Bearer", out _).ShouldBeTrue();
        var operations = Operations(document);
        var anonymous = operations
            .Where(o => o.Body.TryGetProperty("security", out var security) && security.GetArrayLength() == 0)
            .Select(o => o.ToString());
        string[] open = ["POST /api/auth/token",
            ..operations.Where(o => o.Path.StartsWith("/api/customer/", StringComparison.Ordinal)).Select(o => o.ToString())];
        open.Length.ShouldBeGreaterThan(1);
        anonymous.ShouldBe(open, ignoreOrder: true);
    }

    [Fact]
    public async Task The_document_names_its_server_and_leaves_out_the_health_probes()
    {
        var document = await DocumentAsync();

        document.GetProperty("servers").EnumerateArray().Single().GetProperty("url").GetString().ShouldBe("http://localhost");
        document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ShouldNotContain(p => p.StartsWith("/health"));
        document.GetProperty("tags").EnumerateArray()
            .Where(t => !t.TryGetProperty("description", out var d) || string.IsNullOrWhiteSpace(d.GetString()))
            .Select(t => t.GetProperty("name").GetString()).ShouldBeEmpty("These tags have no description (SwaggerSetup.TagDescriptions)");
    }

    private Task<JsonElement> DocumentAsync() => Api.GetAsync<JsonElement>(fx.App.CreateClient(), "/swagger/v1/swagger.json");

    private static List<Operation> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => Methods.Contains(op.Name))
                .Select(op => new Operation(op.Name, path.Name, op.Value)))
            .ToList();

    [GeneratedRegex("^[A-Z][a-z]+[A-Z][A-Za-z0-9]*$")]
    private static partial Regex PascalCase();
}

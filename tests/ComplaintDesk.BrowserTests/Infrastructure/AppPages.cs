using System.Reflection;
using Microsoft.AspNetCore.Razor.Hosting;

namespace ComplaintDesk.BrowserTests.Infrastructure;

/// <summary>Which Razor pages this build of the app has, read from the compiled page items in the web assembly.</summary>
public static class AppPages
{
    private static readonly Lazy<HashSet<string>> Routes = new(() =>
    {
        var routes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in typeof(Program).Assembly.GetCustomAttributes<RazorCompiledItemAttribute>())
        {
            if (item.Kind != "mvc.1.0.razor-page" || !item.Identifier.StartsWith("/Pages/", StringComparison.Ordinal)) continue;
            var path = item.Identifier["/Pages".Length..^".cshtml".Length];
            if (path.EndsWith("/Index", StringComparison.OrdinalIgnoreCase)) path = path[..^"/Index".Length];
            var template = item.Type.GetCustomAttributes<RazorCompiledItemMetadataAttribute>()
                .FirstOrDefault(m => m.Key == "RouteTemplate")?.Value;
            var route = template switch
            {
                null or "" => path,
                _ when template.StartsWith('/') => template,
                _ => path + "/" + template,
            };
            routes.Add("/" + route.Trim('/'));
        }
        return routes;
    });

    /// <summary>True when a page answers this literal path (e.g. "/supervision/triage"), ignoring case.</summary>
    public static bool Exists(string path) => Routes.Value.Contains("/" + path.Trim('/'));

    public static IReadOnlyCollection<string> All => Routes.Value;
}

/// <summary>
/// A fact about pages other branches are still building: it runs as soon as every listed page is in the app, and until
/// then is reported as skipped with the missing paths (never as passed).
/// </summary>
public sealed class FactWhenPagesExistAttribute : FactAttribute
{
    public FactWhenPagesExistAttribute(params string[] paths)
    {
        var missing = paths.Where(p => !AppPages.Exists(p)).ToList();
        if (missing.Count > 0) Skip = $"Waits for page(s) not in this build yet: {string.Join(", ", missing)}";
    }
}

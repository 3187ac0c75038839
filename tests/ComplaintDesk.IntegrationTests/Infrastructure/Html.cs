using System.Text.RegularExpressions;

namespace ComplaintDesk.IntegrationTests.Infrastructure;

/// <summary>Just enough HTML reading for page tests: forms, their hidden fields, and elements marked with data-testid.</summary>
public static partial class Html
{
    public sealed record Form(string Action, IReadOnlyDictionary<string, string> Hidden, string Body);

    /// <summary>The page with entities decoded (the app encodes non-ASCII text such as Chinese as character references).</summary>
    public static string Decode(string html) => WebUtility.HtmlDecode(html);

    public static IReadOnlyList<Form> Forms(string html) =>
        FormTag().Matches(html).Select(m => new Form(
            WebUtility.HtmlDecode(Attribute(m.Groups["open"].Value, "action") ?? ""),
            InputTag().Matches(m.Groups["body"].Value)
                .Where(i => Attribute(i.Value, "type") == "hidden" && Attribute(i.Value, "name") is not null)
                .GroupBy(i => Attribute(i.Value, "name")!)
                .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(Attribute(g.First().Value, "value") ?? "")),
            m.Groups["body"].Value)).ToList();

    /// <summary>The form that posts to the given page handler, e.g. "Resolve".</summary>
    public static Form FormFor(string html, string handler) =>
        Forms(html).SingleOrDefault(f => f.Action.EndsWith($"handler={handler}", StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"The page has no form for the '{handler}' handler.");

    public static IReadOnlyList<string> Handlers(string html) =>
        Forms(html).Select(f => f.Action.Split("handler=").ElementAtOrDefault(1)).OfType<string>().ToList();

    /// <summary>The decoded inner text-ish content of the first element carrying data-testid="<paramref name="testId"/>".</summary>
    public static string? TestId(string html, string testId)
    {
        var m = Regex.Match(html, $"<(?<tag>[a-z0-9]+)[^>]*data-testid=\"{Regex.Escape(testId)}\"[^>]*>(?<inner>.*?)</\\k<tag>>", RegexOptions.Singleline);
        return m.Success ? Text(m.Groups["inner"].Value) : null;
    }

    /// <summary>The text of a textarea by its name, as the browser would submit it.</summary>
    public static string? TextArea(string html, string name)
    {
        var m = Regex.Match(html, $"<textarea[^>]*name=\"{Regex.Escape(name)}\"[^>]*>\\r?\\n?(?<text>.*?)</textarea>", RegexOptions.Singleline);
        return m.Success ? WebUtility.HtmlDecode(m.Groups["text"].Value) : null;
    }

    /// <summary>The error shown beside a field (empty when there is none).</summary>
    public static string FieldError(string html, string name)
    {
        var m = Regex.Match(html, $"<span[^>]*data-valmsg-for=\"{Regex.Escape(name)}\"[^>]*>(?<text>.*?)</span>", RegexOptions.Singleline);
        return m.Success ? Text(m.Groups["text"].Value) : throw new Xunit.Sdk.XunitException($"No error slot for field {name}.");
    }

    public static string Text(string fragment) =>
        Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(fragment, "<[^>]+>", " ")), @"\s+", " ").Trim();

    private static string? Attribute(string tag, string name)
    {
        var m = Regex.Match(tag, $"\\s{Regex.Escape(name)}=\"(?<v>[^\"]*)\"");
        return m.Success ? m.Groups["v"].Value : null;
    }

    [GeneratedRegex("(?<open><form[^>]*>)(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormTag();

    [GeneratedRegex("<input[^>]*>", RegexOptions.Singleline)]
    private static partial Regex InputTag();
}

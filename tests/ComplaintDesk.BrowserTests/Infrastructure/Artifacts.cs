namespace ComplaintDesk.BrowserTests.Infrastructure;

/// <summary>Screenshots and page HTML, written to artifacts/screenshots/ under the repository root (git-ignored).</summary>
public static class Artifacts
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    });

    public static string ScreenshotFolder => Folder.Value;

    /// <summary>Saves a full-page PNG as artifacts/screenshots/&lt;name&gt;.png and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(ScreenshotFolder, SafeName(name) + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        return path;
    }

    /// <summary>
    /// Saves a JPEG as artifacts/screenshots/&lt;name&gt;.jpg and returns its path: small enough for documentation
    /// (the full page unless <paramref name="fullPage"/> is false, which keeps only the viewport).
    /// </summary>
    public static async Task<string> JpegAsync(IPage page, string name, int quality = 70, bool fullPage = true)
    {
        var path = Path.Combine(ScreenshotFolder, SafeName(name) + ".jpg");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = path, FullPage = fullPage, Type = ScreenshotType.Jpeg, Quality = quality, Animations = ScreenshotAnimations.Disabled,
        });
        return path;
    }

    /// <summary>Saves the page's current HTML as artifacts/screenshots/&lt;name&gt;.html and returns its path.</summary>
    public static async Task<string> HtmlAsync(IPage page, string name)
    {
        var path = Path.Combine(ScreenshotFolder, SafeName(name) + ".html");
        await File.WriteAllTextAsync(path, await page.ContentAsync());
        return path;
    }

    public static async Task<string> TextAsync(string name, string extension, string text)
    {
        var path = Path.Combine(ScreenshotFolder, SafeName(name) + extension);
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    private static string SafeName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Append(' ').ToHashSet();
        return new string(name.Select(c => invalid.Contains(c) ? '_' : c).ToArray());
    }

    /// <summary>The folder holding ComplaintDesk.sln, found by walking up from the test binaries.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ComplaintDesk.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}

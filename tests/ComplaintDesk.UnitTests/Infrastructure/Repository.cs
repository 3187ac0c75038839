using System.Xml.Linq;

namespace ComplaintDesk.UnitTests.Infrastructure;

/// <summary>Files of this repository, for tests that hold code, texts and documents together.</summary>
public static class Repository
{
    public static readonly string Root = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The keys of a .resx file; none when it does not exist.</summary>
    public static HashSet<string> ResourceKeys(string resx) =>
        File.Exists(resx)
            ? XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet()
            : [];

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ComplaintDesk.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ComplaintDesk.sln not found above the test folder.");
    }
}

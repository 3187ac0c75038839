using System.Text.RegularExpressions;
using ComplaintDesk.Staff;
using ComplaintDesk.UnitTests.Infrastructure;

namespace ComplaintDesk.UnitTests.Localization;

/// <summary>
/// Every text the pages show in English has a Simplified Chinese translation: keys used in views and page models are
/// read from the source and looked up in the resource file ASP.NET Core localization will read them from.
/// </summary>
public partial class TranslationCompletenessTests
{
    private static readonly string Web = Repository.PathOf("src", "ComplaintDesk.Web");
    private static readonly string Shared = Path.Combine(Web, "Resources", "Localization", "SharedResource");

    [Fact]
    public void Every_view_text_has_a_chinese_translation()
    {
        var missing = new List<string>();
        foreach (var view in Directory.EnumerateFiles(Path.Combine(Web, "Pages"), "*.cshtml", SearchOption.AllDirectories))
        {
            var source = File.ReadAllText(view);
            var relative = Path.GetRelativePath(Web, view)[..^".cshtml".Length];
            var own = Keys(Path.Combine(Web, "Resources", relative + ".zh-CN.resx"));
            missing.AddRange(Used(ViewKey(), source).Where(k => !own.Contains(k)).Select(k => $"{relative}: L[\"{k}\"]"));
            var shared = Keys(Shared + ".zh-CN.resx");
            missing.AddRange(Used(SharedKey(), source).Where(k => !shared.Contains(k)).Select(k => $"{relative}: S[\"{k}\"]"));
        }
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void Every_page_model_text_has_a_chinese_translation()
    {
        var missing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Web, "Pages"), "*.cs", SearchOption.AllDirectories)
                     .Concat(new[] { "Errors", "Localization", "Hosting" }.SelectMany(f => Directory.EnumerateFiles(Path.Combine(Web, f), "*.cs"))))
        {
            var source = File.ReadAllText(file);
            foreach (Match m in LocalizerParameter().Matches(source))
            {
                var (type, name) = (m.Groups[1].Value, m.Groups[2].Value);
                var resx = type == "SharedResource"
                    ? Shared + ".zh-CN.resx"
                    : Path.Combine(Web, "Resources", Path.GetDirectoryName(Path.GetRelativePath(Web, file))!, type + ".zh-CN.resx");
                var keys = Keys(resx);
                var usage = new Regex($@"\b{Regex.Escape(name)}\[""((?:[^""\\]|\\.)*)""");
                missing.AddRange(Used(usage, source).Where(k => !keys.Contains(k)).Select(k => $"{Path.GetFileName(file)}: {name}[\"{k}\"]"));
            }
        }
        missing.ShouldBeEmpty();
    }

    public static TheoryData<string> SharedFiles() => new() { ".resx", ".zh-CN.resx" };

    [Theory]
    [MemberData(nameof(SharedFiles))]
    public void Every_enum_value_shown_to_staff_has_a_name_in_both_languages(string suffix)
    {
        var keys = Keys(Shared + suffix);
        var expected = Names<ComplaintStatus>().Concat(Names<Channel>()).Concat(Names<Priority>())
            .Concat(Names<HandlingStepKind>()).Concat(Names<FeedbackChannel>()).Concat(Names<ClosureReason>())
            .Concat(Names<TimelineEventType>()).Concat(Roles.All.Select(r => $"Role.{r}"))
            .Concat(Names<SlaTarget>()).Concat(Names<SlaUnit>()).Concat(Names<DayKind>()).Concat(Names<DeadlineStatus>());
        expected.Where(k => !keys.Contains(k)).ShouldBeEmpty();
    }

    private static IEnumerable<string> Names<T>() where T : struct, Enum =>
        Enum.GetNames<T>().Select(n => $"{typeof(T).Name}.{n}");

    private static IEnumerable<string> Used(Regex pattern, string source) =>
        pattern.Matches(source).Select(m => Regex.Unescape(m.Groups[1].Value)).Distinct();

    private static HashSet<string> Keys(string resx) => Repository.ResourceKeys(resx);

    [GeneratedRegex(@"(?<![\w.])L\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex ViewKey();

    [GeneratedRegex(@"(?<![\w.])S\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex SharedKey();

    [GeneratedRegex(@"IStringLocalizer<(\w+)>\s+(\w+)")]
    private static partial Regex LocalizerParameter();
}

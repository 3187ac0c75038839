namespace ComplaintDesk.Notifications;

/// <summary>The languages messages are written in; every template exists in each.</summary>
public static class MessageLanguages
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [Chinese, English];
}

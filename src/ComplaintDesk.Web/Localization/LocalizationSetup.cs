using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Localization;

namespace ComplaintDesk.Web.Localization;

public static partial class LocalizationSetup
{
    public const string Chinese = "zh-CN";
    public const string English = "en";
    public static readonly string[] Cultures = [Chinese, English];

    public static IServiceCollection AddComplaintDeskLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(Chinese).AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);
            // The switch on every page sets the cookie; without it the browser's languages decide.
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>
    /// Validation messages come in the request's language (FluentValidation ships Chinese); the property names inside
    /// them are translated through the shared resources, keyed by the name split into words ("National Id").
    /// </summary>
    public static void LocalizeValidationMessages(IServiceProvider services)
    {
        var localizer = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : localizer[SplitWords(member.Name)].Value;
        // The shipped Chinese says "must not be Null", a programmer's word; a missing choice reads better as a request.
        if (ValidatorOptions.Global.LanguageManager is FluentValidation.Resources.LanguageManager languages)
            languages.AddTranslation("zh-CN", "NotNullValidator", "请填写或选择“{PropertyName}”。");
    }

    public static string SplitWords(string pascal) => WordBoundary().Replace(pascal, " ");

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex WordBoundary();
}

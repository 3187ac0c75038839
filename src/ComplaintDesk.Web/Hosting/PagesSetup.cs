using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.WebEncoders;

namespace ComplaintDesk.Web.Hosting;

internal static class PagesSetup
{
    /// <summary>Razor Pages with per-folder authorization that mirrors the API's policies.</summary>
    public static IServiceCollection AddComplaintDeskPages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<TimeDisplay>();
        services.Configure<OrganizationOptions>(configuration.GetSection(OrganizationOptions.Section));
        services.AddComplaintDeskLocalization();
        // Chinese text goes out as characters, not as &#x...; entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/", Policies.AnyStaff);
                o.Conventions.AllowAnonymousToFolder("/Account");
                o.Conventions.AllowAnonymousToPage("/Language");
                o.Conventions.AuthorizePage("/Account/SignOut", Policies.AnyStaff);
                foreach (var (folder, policy) in PageAccess.FolderPolicies) o.Conventions.AuthorizeFolder(folder, policy);
                // The customer's pages: the signed link or the number and phone are the customer's only credentials.
                o.Conventions.AllowAnonymousToFolder("/Customer");
            })
            .AddMvcOptions(o => o.Filters.Add<PageErrorFilter>())
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix);
        services.AddScoped<PageErrorFilter>();
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>(TranslateBindingMessages);
        return services;
    }

    /// <summary>The framework's own messages for values it cannot read ("abc" for a number), in the page's language.</summary>
    private static void TranslateBindingMessages(MvcOptions options, IStringLocalizerFactory factory)
    {
        var text = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => text["The value '{0}' is not valid.", value]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["The value '{0}' is not valid.", value]);
        messages.SetUnknownValueIsInvalidAccessor(_ => text["The value is not valid."]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["The value is not valid."]);
        messages.SetValueIsInvalidAccessor(value => text["The value '{0}' is not valid.", value]);
        messages.SetValueMustBeANumberAccessor(_ => text["Enter a number."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Enter a number."]);
        messages.SetValueMustNotBeNullAccessor(_ => text["A value is required."]);
        messages.SetMissingBindRequiredValueAccessor(_ => text["A value is required."]);
        messages.SetMissingKeyOrValueAccessor(() => text["A value is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["A value is required."]);
    }
}

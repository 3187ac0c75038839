using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.Localization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.WebEncoders;

namespace ComplaintDesk.Web.Ui;

internal static class PagesSetup
{
    /// <summary>Razor Pages with per-folder authorization that mirrors the API's policies.</summary>
    public static IServiceCollection AddComplaintDeskPages(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DisplayOptions>(configuration.GetSection(DisplayOptions.Section));
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
                o.Conventions.AuthorizeFolder("/Intake", Policies.Intake);
                o.Conventions.AuthorizeFolder("/Queue", Policies.Handle);
                o.Conventions.AuthorizeFolder("/Supervision", Policies.Assign);
                o.Conventions.AuthorizeFolder("/Manager", Policies.ViewReports);
                o.Conventions.AuthorizeFolder("/Admin", Policies.Administer);
            })
            .AddMvcOptions(o => o.Filters.Add<PageErrorFilter>())
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix);
        services.AddScoped<PageErrorFilter>();
        return services;
    }
}

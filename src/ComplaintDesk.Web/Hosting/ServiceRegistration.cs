using System.Text.Json.Serialization;
using ComplaintDesk.Assignment;
using ComplaintDesk.Clocks;
using ComplaintDesk.CustomerPortal;
using ComplaintDesk.Data;
using ComplaintDesk.Demo;
using ComplaintDesk.Escalations;
using ComplaintDesk.Handling;
using ComplaintDesk.Intake;
using ComplaintDesk.Notifications;
using ComplaintDesk.Notifications.InApp;
using ComplaintDesk.Notifications.Templates;
using ComplaintDesk.Numbering;
using ComplaintDesk.ReferenceData;
using ComplaintDesk.Reports;
using ComplaintDesk.Web.Api.Reports;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ComplaintDesk.Web.Hosting;

public static class ServiceRegistration
{
    public static IServiceCollection AddComplaintDesk(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = WithAutoPrepare(configuration.GetConnectionString("Complaints")
            ?? throw new InvalidOperationException("ConnectionStrings:Complaints is not configured."));
        // Pooled: a context per request is taken from a pool instead of being built, which is measurable at intake rates.
        services.AddDbContextPool<ComplaintDbContext>(o => o.UseNpgsql(connectionString));
        services.AddSingleton(TimeProvider.System);
        var zone = BankTimeZone.Read(configuration);
        services.AddSingleton(sp => new BankClock(sp.GetRequiredService<TimeProvider>(), zone));

        services.Configure<NumberingOptions>(configuration.GetSection(NumberingOptions.Section));
        services.AddSingleton<ComplaintNumberIssuer>();
        services.Configure<ResponseDeadlineOptions>(configuration.GetSection(ResponseDeadlineOptions.Section));
        services.AddSingleton<ResponseDeadline>();
        services.AddOptions<SlaOptions>().Bind(configuration.GetSection(SlaOptions.Section))
            .Validate(o => o.MonitorInterval > TimeSpan.Zero && o.MonitorBatchSize > 0 && o.CallbackReminderLead >= TimeSpan.Zero,
                "Sla:MonitorInterval must be positive, Sla:MonitorBatchSize at least 1 and Sla:CallbackReminderLead not negative.")
            .Validate(o => o.RecontactAfter > TimeSpan.Zero && o.RecontactAttempts >= 0 && o.CallbackGrace >= TimeSpan.Zero,
                "Sla:RecontactAfter must be positive, Sla:RecontactAttempts and Sla:CallbackGrace not negative.")
            .ValidateOnStart();
        services.AddSingleton<SlaRulesProvider>();
        services.AddSingleton<DeadlineMonitor>();
        services.AddHostedService<DeadlineMonitorService>();
        services.AddScoped<NoticeOutbox>();
        services.AddDelivery(configuration);
        services.Configure<CustomerLinkOptions>(configuration.GetSection(CustomerLinkOptions.Section));
        services.AddSingleton<CustomerLinks>();
        // Bound once, in AddDelivery: a second Bind would append the retry delays to the list a second time.
        services.AddOptions<NotificationOptions>()
            .Validate(o => MessageLanguages.All.Contains(o.StaffLanguage), "Notifications:StaffLanguage must be zh-CN or en.")
            .ValidateOnStart();
        services.AddScoped<IMessageComposer, MessageComposer>();
        services.AddScoped<IMessageSender, InAppSender>();
        services.AddScoped<StaffInbox>();
        services.AddScoped<TemplateAdministration>();
        services.AddOptions<CustomerPortalOptions>().Bind(configuration.GetSection(CustomerPortalOptions.Section))
            .Validate(o => o.MaxFailuresPerNumber > 0 && o.MaxFailuresPerClient > 0 && o.Window > TimeSpan.Zero,
                "CustomerPortal:MaxFailuresPerNumber and MaxFailuresPerClient must be at least 1 and Window positive.")
            .ValidateOnStart();
        services.AddScoped<LookupThrottle>();
        services.AddScoped<CustomerPortalService>();
        services.AddScoped<SlaAdministration>();
        services.Configure<SignInLockoutOptions>(configuration.GetSection(SignInLockoutOptions.Section));
        services.AddScoped<ComplaintRegistration>();
        services.AddScoped<ComplaintStore>();
        services.AddScoped<CaseActionsQuery>();
        services.AddScoped<ComplaintWorkflow>();
        services.AddScoped<ComplaintQueries>();
        services.AddScoped<CustomerHistory>();
        services.AddScoped<HandlerQueue>();
        services.AddScoped<ReferenceDataService>();
        services.AddScoped<OpenCaseQueries>();
        services.AddScoped<TeamLoadQueries>();
        services.AddScoped<BulkAssignment>();
        services.AddScoped<EscalationInbox>();
        services.AddScoped<ExtensionInbox>();
        services.AddScoped<OverviewQueries>();
        services.AddScoped<RegulatoryReport>();
        services.AddScoped<StaffService>();
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<DemoData>();
        services.AddScoped<DashboardQueries>();
        services.AddScoped<ReportDrillDown>();
        services.AddScoped<MonthlyReports>();
        services.AddScoped<ComplaintDesk.Web.Api.Reports.ReportCsv>();
        services.AddScoped<Demo.Volume.VolumeGenerator>();
        services.AddSingleton<IPasswordHasher<StaffMember>, PasswordHasher<StaffMember>>();

        services.AddDataProtection().SetApplicationName("ComplaintDesk");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<IServiceScopeFactory>())));

        services.AddComplaintDeskAuth(configuration);
        services.AddComplaintDeskPages(configuration);
        services.AddValidatorsFromAssemblies([typeof(ComplaintDesk.Complaints.Complaint).Assembly, typeof(ServiceRegistration).Assembly],
            ServiceLifetime.Singleton);
        services.AddProblemDetails();
        services.AddExceptionHandler<DomainExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            o.SerializerOptions.Converters.Add(new StorableStringConverter());
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });

        services.AddEndpointsApiExplorer();
        services.AddComplaintDeskSwagger();
        services.AddHealthChecks().AddDbContextCheck<ComplaintDbContext>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// The app sends the same few statements all day; letting Npgsql prepare them saves PostgreSQL the parsing and
    /// planning (about half the database CPU of an intake, see docs/performance.md). A value in the connection string
    /// wins, e.g. "Max Auto Prepare=0" behind a pooler in transaction mode, which cannot keep prepared statements.
    /// </summary>
    private static string WithAutoPrepare(string connectionString)
    {
        var named = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Any(k => k.Replace(" ", "").Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase));
        return named ? connectionString : new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 20 }.ConnectionString;
    }
}

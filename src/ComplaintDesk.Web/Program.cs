using ComplaintDesk.Web.Api.Clocks;
using ComplaintDesk.Web.Api.Complaints;
using ComplaintDesk.Web.Api.CustomerPortal;
using ComplaintDesk.Web.Api.Handling;
using ComplaintDesk.Web.Api.Notifications;
using ComplaintDesk.Web.Api.ReferenceData;
using ComplaintDesk.Web.Api.Reports;
using ComplaintDesk.Web.Api.Staff;
using ComplaintDesk.Web.Hosting;
var builder = WebApplication.CreateBuilder(args);
builder.AddComplaintDeskLogging();
builder.Services.AddComplaintDesk(builder.Configuration);

var app = builder.Build();

if (args.Contains(GenerateDataCommand.Name))
{
    Environment.ExitCode = await GenerateDataCommand.RunAsync(app, args);
    return;
}
if (args.Contains("--migrate-only"))
{
    await app.MigrateDatabaseAsync();
    return;
}
await app.PrepareDatabaseAsync();

// Outermost, so the logged status is the one the client got, after error handling.
app.UseMiddleware<RequestLoggingMiddleware>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestLocalization();
app.UseComplaintDeskSwagger();
app.UseAuthentication();
app.UseAuthorization();
LocalizationSetup.LocalizeValidationMessages(app.Services);

// Stylesheet and script are public: without AllowAnonymous the fallback policy (any staff) would send the sign-in
// page's own site.css and site.js to the sign-in page.
app.MapStaticAssets().AllowAnonymous();
app.MapRazorPages().WithStaticAssets();
app.MapComplaintDeskHealthChecks();
app.MapAuthApi();
app.MapComplaintsApi();
app.MapReferenceDataApi();
app.MapStaffApi();
app.MapSlaApi();
app.MapQueueApi();
app.MapOutboxApi();
app.MapNotificationsApi();
app.MapTemplatesApi();
app.MapCustomerPortalApi();
app.MapReportsApi();
app.MapRegulatoryApi();

app.Run();

/// <summary>Entry point; public so the integration tests can host the app.</summary>
public partial class Program;

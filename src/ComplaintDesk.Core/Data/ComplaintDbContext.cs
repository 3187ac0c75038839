using ComplaintDesk.Clocks;
using ComplaintDesk.CustomerPortal;
using ComplaintDesk.Escalations;
using ComplaintDesk.Intake;
using ComplaintDesk.Notifications;
using ComplaintDesk.Notifications.InApp;
using ComplaintDesk.Notifications.Templates;
using ComplaintDesk.Numbering;
using ComplaintDesk.ReferenceData;
using ComplaintDesk.Staff;

namespace ComplaintDesk.Data;

public sealed class ComplaintDbContext(DbContextOptions<ComplaintDbContext> options) : DbContext(options)
{
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<TimelineEvent> TimelineEvents => Set<TimelineEvent>();
    public DbSet<HandlingStep> HandlingSteps => Set<HandlingStep>();
    public DbSet<Escalation> Escalations => Set<Escalation>();
    public DbSet<Appeal> Appeals => Set<Appeal>();
    public DbSet<StaffMember> Staff => Set<StaffMember>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<ComplaintNumberCounter> NumberCounters => Set<ComplaintNumberCounter>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ComplaintDeadline> Deadlines => Set<ComplaintDeadline>();
    public DbSet<ComplaintPause> Pauses => Set<ComplaintPause>();
    public DbSet<ComplaintExtension> Extensions => Set<ComplaintExtension>();
    public DbSet<BusinessCalendar> Calendars => Set<BusinessCalendar>();
    public DbSet<SlaPolicy> SlaPolicies => Set<SlaPolicy>();
    public DbSet<SlaSettings> SlaSettings => Set<SlaSettings>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<OutboxAttempt> OutboxAttempts => Set<OutboxAttempt>();
    public DbSet<MessageTemplate> MessageTemplates => Set<MessageTemplate>();
    public DbSet<StaffNotification> StaffNotifications => Set<StaffNotification>();
    public DbSet<LookupFailure> LookupFailures => Set<LookupFailure>();
    public DbSet<Reports.MonthlyReportComment> MonthlyReportComments => Set<Reports.MonthlyReportComment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ComplaintDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and safe against reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}

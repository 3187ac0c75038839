using ComplaintDesk.Clocks;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class BusinessCalendarConfiguration : IEntityTypeConfiguration<BusinessCalendar>
{
    public void Configure(EntityTypeBuilder<BusinessCalendar> b)
    {
        b.ToTable("business_calendars");
        b.Property(c => c.Id).UseIdentityAlwaysColumn();
        b.Property(c => c.Code).HasMaxLength(16);
        b.HasIndex(c => c.Code).IsUnique();
        b.Property(c => c.Name).HasMaxLength(Limits.Name);
        b.Property(c => c.TimeZone).HasMaxLength(64);
        b.Property(c => c.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
        b.OwnsMany(c => c.Days, d =>
        {
            d.ToTable("business_calendar_days");
            d.WithOwner().HasForeignKey(x => x.CalendarId);
            d.HasKey(x => new { x.CalendarId, x.Date });
            d.Property(x => x.Name).HasMaxLength(Limits.Name);
        });
        b.Navigation(c => c.Days).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

using ComplaintDesk.Notifications.InApp;
using ComplaintDesk.Staff;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class StaffNotificationConfiguration : IEntityTypeConfiguration<StaffNotification>
{
    public void Configure(EntityTypeBuilder<StaffNotification> b)
    {
        b.ToTable("staff_notifications");
        b.Property(n => n.Id).UseIdentityAlwaysColumn();
        b.Property(n => n.Subject).HasMaxLength(Limits.MediumText);
        b.Property(n => n.Body).HasMaxLength(Limits.LongText);
        b.Ignore(n => n.IsRead);
        // The bell counts one person's unread messages on every page.
        b.HasIndex(n => new { n.StaffId, n.ReadAt });
        b.HasOne<StaffMember>().WithMany().HasForeignKey(n => n.StaffId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Complaint>().WithMany().HasForeignKey(n => n.ComplaintId).OnDelete(DeleteBehavior.Cascade);
    }
}

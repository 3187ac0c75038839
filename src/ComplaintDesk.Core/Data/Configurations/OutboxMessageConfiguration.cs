using ComplaintDesk.Notifications;
using ComplaintDesk.Staff;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("outbox_messages");
        b.Property(m => m.Id).UseIdentityAlwaysColumn();
        b.Property(m => m.Template).HasMaxLength(64);
        b.Property(m => m.RecipientAddress).HasMaxLength(Limits.Email);
        b.Property(m => m.Payload).HasColumnType("jsonb");
        b.Property(m => m.DedupeKey).HasMaxLength(128);
        b.Property(m => m.LastError).HasMaxLength(Limits.MediumText);
        b.Property(m => m.ClaimedBy).HasMaxLength(Limits.Name);
        b.HasMany(m => m.DeliveryAttempts).WithOne().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.DeliveryAttempts).HasField("_deliveryAttempts");
        b.HasIndex(m => m.DedupeKey).IsUnique();
        b.HasIndex(m => new { m.Status, m.NextAttemptAt });
        b.HasIndex(m => new { m.RecipientStaffId, m.Id });
        b.HasOne<Complaint>().WithMany().HasForeignKey(m => m.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(m => m.RecipientStaffId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class HandlingStepConfiguration : IEntityTypeConfiguration<HandlingStep>
{
    public void Configure(EntityTypeBuilder<HandlingStep> b)
    {
        b.Property(s => s.Id).UseIdentityAlwaysColumn();
        b.Property(s => s.Text).HasMaxLength(Limits.LongText);
        b.Property(s => s.AuthorName).HasMaxLength(Limits.Name);
        b.Property(s => s.AuthorStaffNumber).HasMaxLength(Limits.StaffNumber);
        // The deadline monitor's scan for call-back promises it has not yet reminded anyone of.
        b.HasIndex(s => s.DueAt).HasDatabaseName("ix_handling_steps_callback_reminders")
            .HasFilter("kind = 'CallbackPromise' AND reminder_queued_at IS NULL");
        // ... and for promises neither kept nor yet marked broken.
        b.HasIndex(s => s.DueAt, "ix_handling_steps_open_promises")
            .HasFilter("kind = 'CallbackPromise' AND kept_at IS NULL AND broken_at IS NULL");
    }
}

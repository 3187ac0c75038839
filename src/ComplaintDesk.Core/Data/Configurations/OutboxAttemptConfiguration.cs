using ComplaintDesk.Notifications;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class OutboxAttemptConfiguration : IEntityTypeConfiguration<OutboxAttempt>
{
    public void Configure(EntityTypeBuilder<OutboxAttempt> b)
    {
        b.ToTable("outbox_attempts");
        b.HasKey(a => new { a.MessageId, a.Number });
        b.Property(a => a.Number).ValueGeneratedNever();
        b.Property(a => a.Error).HasMaxLength(Limits.MediumText);
        b.Property(a => a.Instance).HasMaxLength(Limits.Name);
    }
}

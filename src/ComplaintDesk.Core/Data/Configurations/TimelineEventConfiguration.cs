using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class TimelineEventConfiguration : IEntityTypeConfiguration<TimelineEvent>
{
    public void Configure(EntityTypeBuilder<TimelineEvent> b)
    {
        b.Property(e => e.Id).UseIdentityAlwaysColumn();
        b.HasIndex(e => new { e.ComplaintId, e.Sequence }).IsUnique();
        b.Property(e => e.ActorName).HasMaxLength(Limits.Name);
        b.Property(e => e.ActorStaffNumber).HasMaxLength(Limits.StaffNumber);
        // json (not jsonb) keeps the text byte for byte, which the hash chain depends on.
        b.Property(e => e.Details).HasColumnType("json");
        b.Property(e => e.PreviousHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
    }
}

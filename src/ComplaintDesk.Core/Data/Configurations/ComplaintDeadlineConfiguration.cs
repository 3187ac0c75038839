using ComplaintDesk.Clocks;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class ComplaintDeadlineConfiguration : IEntityTypeConfiguration<ComplaintDeadline>
{
    public void Configure(EntityTypeBuilder<ComplaintDeadline> b)
    {
        b.ToTable("complaint_deadlines");
        b.Property(d => d.Id).UseIdentityAlwaysColumn();
        b.Property(d => d.ProfileCode).HasMaxLength(16);
        b.Ignore(d => d.Span);
        b.HasIndex(d => new { d.ComplaintId, d.Target, d.Round }).IsUnique();
        // The deadline monitor's two scans: running deadlines by due time, and those not yet warned by risk threshold.
        b.HasIndex(d => d.DueAt).HasFilter("completed_at IS NULL AND outcome IS NULL");
        b.HasIndex(d => d.AtRiskFrom).HasFilter("completed_at IS NULL AND outcome IS NULL AND at_risk_notified_at IS NULL");
    }
}

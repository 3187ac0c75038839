using ComplaintDesk.Clocks;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class ComplaintExtensionConfiguration : IEntityTypeConfiguration<ComplaintExtension>
{
    public void Configure(EntityTypeBuilder<ComplaintExtension> b)
    {
        b.ToTable("complaint_extensions");
        b.Property(e => e.Id).UseIdentityAlwaysColumn();
        b.Property(e => e.Reason).HasMaxLength(Limits.MediumText);
        b.Property(e => e.ApproverRole).HasMaxLength(32);
        b.Property(e => e.RequestedByName).HasMaxLength(Limits.Name);
        b.Property(e => e.DecisionComment).HasMaxLength(Limits.MediumText);
        b.Property(e => e.DecidedByName).HasMaxLength(Limits.Name);
        b.HasIndex(e => new { e.ComplaintId, e.Sequence }).IsUnique();
    }
}

using ComplaintDesk.Clocks;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class ComplaintPauseConfiguration : IEntityTypeConfiguration<ComplaintPause>
{
    public void Configure(EntityTypeBuilder<ComplaintPause> b)
    {
        b.ToTable("complaint_pauses");
        b.Property(p => p.Id).UseIdentityAlwaysColumn();
        b.Property(p => p.Reason).HasMaxLength(Limits.MediumText);
        b.Property(p => p.StartedByName).HasMaxLength(Limits.Name);
        b.Property(p => p.EndedByName).HasMaxLength(Limits.Name);
        b.HasIndex(p => p.ComplaintId);
    }
}

using ComplaintDesk.Numbering;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class ComplaintNumberCounterConfiguration : IEntityTypeConfiguration<ComplaintNumberCounter>
{
    public void Configure(EntityTypeBuilder<ComplaintNumberCounter> b)
    {
        b.ToTable("complaint_number_counters");
        b.HasKey(c => new { c.Prefix, c.Day });
        b.Property(c => c.Prefix).HasMaxLength(16);
    }
}

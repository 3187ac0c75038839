using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class AppealConfiguration : IEntityTypeConfiguration<Appeal>
{
    public void Configure(EntityTypeBuilder<Appeal> b)
    {
        b.Property(a => a.Id).UseIdentityAlwaysColumn();
        b.Property(a => a.Reason).HasMaxLength(Limits.LongText);
        b.Property(a => a.RecordedByName).HasMaxLength(Limits.Name);
    }
}

using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> b)
    {
        b.Property(k => k.Id).UseIdentityAlwaysColumn();
        b.Property(k => k.FriendlyName).HasMaxLength(200);
        b.HasIndex(k => k.FriendlyName).IsUnique();
    }
}

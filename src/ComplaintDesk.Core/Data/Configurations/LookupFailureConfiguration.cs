using ComplaintDesk.CustomerPortal;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class LookupFailureConfiguration : IEntityTypeConfiguration<LookupFailure>
{
    public void Configure(EntityTypeBuilder<LookupFailure> b)
    {
        b.ToTable("customer_lookup_failures");
        b.Property(f => f.Id).UseIdentityAlwaysColumn();
        b.Property(f => f.ComplaintNumber).HasMaxLength(LookupRequest.NumberLength);
        b.Property(f => f.ClientAddress).HasMaxLength(LookupThrottle.ClientAddressLength);
        b.HasIndex(f => new { f.ComplaintNumber, f.FailedAt });
        b.HasIndex(f => new { f.ClientAddress, f.FailedAt });
        b.HasIndex(f => f.FailedAt);
    }
}

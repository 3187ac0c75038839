using ComplaintDesk.Complaints;
using Microsoft.EntityFrameworkCore;
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
    }
}

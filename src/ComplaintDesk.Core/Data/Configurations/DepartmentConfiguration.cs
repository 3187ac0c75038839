using ComplaintDesk.ReferenceData;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.Property(d => d.Id).UseIdentityAlwaysColumn();
        b.Property(d => d.Code).HasMaxLength(Limits.Code);
        b.HasIndex(d => d.Code).IsUnique();
        b.Property(d => d.Name).HasMaxLength(Limits.Name);
    }
}

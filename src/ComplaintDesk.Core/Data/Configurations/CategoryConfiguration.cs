using ComplaintDesk.ReferenceData;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> b)
    {
        b.Property(c => c.Id).UseIdentityAlwaysColumn();
        b.Property(c => c.Code).HasMaxLength(Limits.Code);
        b.HasIndex(c => c.Code).IsUnique();
        b.Property(c => c.Name).HasMaxLength(Limits.Name);
        b.Property(c => c.NameEn).HasMaxLength(Limits.Name);
    }
}

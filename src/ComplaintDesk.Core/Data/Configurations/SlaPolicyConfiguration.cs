using ComplaintDesk.Clocks;
using ComplaintDesk.ReferenceData;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class SlaPolicyConfiguration : IEntityTypeConfiguration<SlaPolicy>
{
    public void Configure(EntityTypeBuilder<SlaPolicy> b)
    {
        b.Property(p => p.Id).UseIdentityAlwaysColumn();
        b.Property(p => p.Name).HasMaxLength(Limits.Name);
        b.Property(p => p.RowVersion).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
        b.Ignore(p => p.Acknowledgement);
        b.Ignore(p => p.FirstContact);
        b.Ignore(p => p.Resolution);
        b.Ignore(p => p.Specificity);
        b.HasOne<Category>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        // One policy per category × priority pair; NULLS NOT DISTINCT so "any category" and "any priority" count too.
        b.HasIndex(p => new { p.CategoryId, p.Priority }).IsUnique().AreNullsDistinct(false);
    }
}

using ComplaintDesk.ReferenceData;
using ComplaintDesk.Staff;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        b.ToTable("staff");
        b.Property(s => s.Id).UseIdentityAlwaysColumn();
        b.Property(s => s.UserName).HasMaxLength(Limits.UserName);
        b.HasIndex(s => s.UserName).IsUnique();
        b.Property(s => s.DisplayName).HasMaxLength(Limits.Name);
        b.Property(s => s.StaffNumber).HasMaxLength(Limits.StaffNumber);
        b.HasIndex(s => s.StaffNumber).IsUnique();
        b.Property(s => s.PasswordHash).HasMaxLength(200);
        b.Property(s => s.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
        b.HasOne<Department>().WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

using ComplaintDesk.Intake;
using ComplaintDesk.Staff;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("idempotency_keys");
        // Keys are scoped to the user who sent them, so two clients cannot collide on a key by accident.
        b.HasKey(r => new { r.StaffId, r.Key });
        b.Property(r => r.Key).HasMaxLength(100);
        b.Property(r => r.RequestHash).HasMaxLength(64);
        b.HasIndex(r => r.CreatedAt);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.StaffId);
        b.HasOne(r => r.Complaint).WithMany().HasForeignKey(r => r.ComplaintId);
    }
}

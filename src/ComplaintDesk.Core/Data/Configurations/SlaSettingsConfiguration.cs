using ComplaintDesk.Clocks;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class SlaSettingsConfiguration : IEntityTypeConfiguration<SlaSettings>
{
    public void Configure(EntityTypeBuilder<SlaSettings> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.ProfileCode).HasMaxLength(16);
        b.Property(s => s.UpdatedBy).HasMaxLength(Limits.Name + Limits.StaffNumber + 3);
        b.Property(s => s.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
        b.HasOne<BusinessCalendar>().WithMany().HasForeignKey(s => s.CalendarId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("ck_sla_settings_singleton", "id = 1"));
    }
}

using ComplaintDesk.Reports;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class MonthlyReportCommentConfiguration : IEntityTypeConfiguration<MonthlyReportComment>
{
    public void Configure(EntityTypeBuilder<MonthlyReportComment> b)
    {
        b.HasKey(c => new { c.Month, c.Section });
        b.Property(c => c.Section).HasMaxLength(32);
        b.Property(c => c.Text).HasMaxLength(MonthlyReportComment.MaxLength);
        b.Property(c => c.UpdatedBy).HasMaxLength(Limits.Name + Limits.StaffNumber + 3);
        b.Property(c => c.Version).IsConcurrencyToken();
    }
}

using ComplaintDesk.Notifications.Templates;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class MessageTemplateConfiguration : IEntityTypeConfiguration<MessageTemplate>
{
    public void Configure(EntityTypeBuilder<MessageTemplate> b)
    {
        b.ToTable("message_templates");
        b.HasKey(t => new { t.Key, t.Language });
        b.Property(t => t.Key).HasMaxLength(64);
        b.Property(t => t.Language).HasMaxLength(16);
        b.Property(t => t.Subject).HasMaxLength(TemplateRequestValidator.SubjectLength);
        b.Property(t => t.Body).HasMaxLength(Limits.LongText);
        b.Property(t => t.UpdatedBy).HasMaxLength(Limits.Name + Limits.StaffNumber + 3);
        b.Property(t => t.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
    }
}

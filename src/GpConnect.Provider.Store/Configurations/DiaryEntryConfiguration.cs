using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class DiaryEntryConfiguration : IEntityTypeConfiguration<DiaryEntry>
{
    public void Configure(EntityTypeBuilder<DiaryEntry> builder)
    {
        builder.IsClinicalItem("diary_entries");
        builder.Property(e => e.Status).IsEnumName();
        builder.IsOptionalSnomedCode(e => e.Code);
        builder.Property(e => e.Display).HasMaxLength(FieldLengths.Display).IsRequired();
        builder.HasOne(e => e.Requester).WithMany().HasForeignKey(e => e.RequesterId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Note).HasMaxLength(FieldLengths.LongText);
    }
}

using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class ConsultationItemConfiguration : IEntityTypeConfiguration<ConsultationItem>
{
    public void Configure(EntityTypeBuilder<ConsultationItem> builder)
    {
        builder.ToTable("consultation_items");
        builder.HasKey(e => e.Id);
        builder.HasOne(e => e.Section).WithMany(e => e.Items).HasForeignKey(e => e.SectionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.ItemType).IsEnumName();
        builder.HasIndex(e => e.ItemIdentifier);
    }
}

using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class SlotConfiguration : IEntityTypeConfiguration<Slot>
{
    public void Configure(EntityTypeBuilder<Slot> builder)
    {
        builder.ToTable("slots");
        builder.HasKey(e => e.Id);
        builder.HasOne(e => e.Schedule).WithMany(e => e.Slots).HasForeignKey(e => e.ScheduleId).OnDelete(DeleteBehavior.Restrict);

        // A schedule never has two slots starting together; also the natural key the rolling slot seed tops up by.
        builder.HasIndex(e => new { e.ScheduleId, e.Start }).IsUnique();
        builder.HasIndex(e => new { e.Status, e.Start });
        builder.Property(e => e.Status).IsEnumName();
        builder.Property(e => e.ServiceType).HasMaxLength(FieldLengths.Display).IsRequired();
        builder.Property(e => e.DeliveryChannel).IsEnumName();
        builder.Property(e => e.BookableOrganisationTypes).HasMaxLength(FieldLengths.ShortText);
        builder.Property(e => e.BookableOdsCodes).HasMaxLength(FieldLengths.ShortText);
        builder.IsVersioned();
    }
}

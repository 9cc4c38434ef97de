using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class AppointmentSlotConfiguration : IEntityTypeConfiguration<AppointmentSlot>
{
    public void Configure(EntityTypeBuilder<AppointmentSlot> builder)
    {
        builder.ToTable("appointment_slots");
        builder.HasKey(e => new { e.AppointmentId, e.SlotId });
        builder.HasOne(e => e.Appointment).WithMany(e => e.Slots).HasForeignKey(e => e.AppointmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Slot).WithMany().HasForeignKey(e => e.SlotId).OnDelete(DeleteBehavior.Restrict);
    }
}

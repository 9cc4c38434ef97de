using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class ScheduleConfiguration : IEntityTypeConfiguration<Schedule>
{
    public void Configure(EntityTypeBuilder<Schedule> builder)
    {
        builder.ToTable("schedules");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.Identifier).IsUnique();
        builder.HasOne(e => e.Location).WithMany().HasForeignKey(e => e.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasPractitioner(e => e.Practitioner, e => e.PractitionerId);
        builder.Property(e => e.ServiceCategory).HasMaxLength(FieldLengths.Display);
        builder.Property(e => e.PractitionerRoleCode).HasMaxLength(FieldLengths.EnumName);
        builder.Property(e => e.PractitionerRoleDisplay).HasMaxLength(FieldLengths.Display);
        builder.Property(e => e.Comment).HasMaxLength(FieldLengths.ShortText);
        builder.IsVersioned();
    }
}

using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("appointments");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.Identifier).IsUnique();
        builder.HasIndex(e => new { e.PatientId, e.Start });
        builder.HasOne(e => e.Patient).WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Location).WithMany().HasForeignKey(e => e.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasPractitioner(e => e.Practitioner, e => e.PractitionerId);
        builder.Property(e => e.Status).IsEnumName();
        builder.Property(e => e.Description).HasMaxLength(FieldLengths.AppointmentDescription).IsRequired();
        builder.Property(e => e.Comment).HasMaxLength(FieldLengths.AppointmentComment);

        // The cancel interaction imposes no length limit on the reason.
        builder.Property(e => e.CancellationReason);
        builder.Property(e => e.ServiceType).HasMaxLength(FieldLengths.Display).IsRequired();
        builder.Property(e => e.ServiceCategory).HasMaxLength(FieldLengths.Display);
        builder.Property(e => e.DeliveryChannel).IsEnumName();
        builder.Property(e => e.PractitionerRoleCode).HasMaxLength(FieldLengths.EnumName);
        builder.Property(e => e.PractitionerRoleDisplay).HasMaxLength(FieldLengths.Display);
        builder.Property(e => e.BookingOrganisationOdsCode).HasMaxLength(FieldLengths.OdsCode);
        builder.Property(e => e.BookingOrganisationName).HasMaxLength(FieldLengths.Display);
        builder.Property(e => e.BookingOrganisationTelephone).HasMaxLength(FieldLengths.Telecom);
        builder.Property(e => e.BookingOrganisationType).HasMaxLength(FieldLengths.EnumName);
        builder.IsVersioned();
    }
}

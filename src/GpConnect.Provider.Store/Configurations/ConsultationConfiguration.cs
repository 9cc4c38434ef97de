using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> builder)
    {
        builder.ToTable("consultations");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.Identifier).IsUnique();
        builder.HasIndex(e => new { e.PatientId, e.StartTime });
        builder.HasOne(e => e.Patient).WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Status).IsEnumName();
        builder.IsOptionalSnomedCode(e => e.TypeCode);
        builder.Property(e => e.TypeDisplay).HasMaxLength(FieldLengths.Display).IsRequired();
        builder.HasOne(e => e.Recorder).WithMany().HasForeignKey(e => e.RecorderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasPractitioner(e => e.PrimaryClinician, e => e.PrimaryClinicianId);
        builder.HasOne(e => e.Location).WithMany().HasForeignKey(e => e.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.ServiceProvider).WithMany().HasForeignKey(e => e.ServiceProviderId).OnDelete(DeleteBehavior.Restrict);
    }
}

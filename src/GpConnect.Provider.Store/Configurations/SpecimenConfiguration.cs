using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class SpecimenConfiguration : IEntityTypeConfiguration<Specimen>
{
    public void Configure(EntityTypeBuilder<Specimen> builder)
    {
        builder.ToTable("specimens");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.Identifier).IsUnique();
        builder.HasOne(e => e.Patient).WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.DiagnosticReport).WithMany(e => e.Specimens).HasForeignKey(e => e.DiagnosticReportId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.AccessionIdentifier).HasMaxLength(FieldLengths.TraceId);
        builder.IsOptionalSnomedCode(e => e.TypeCode);
        builder.Property(e => e.TypeDisplay).HasMaxLength(FieldLengths.Display).IsRequired();
        builder.Property(e => e.CollectorName).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.BodySite).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.FastingStatus).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.Note).HasMaxLength(FieldLengths.LongText);
    }
}

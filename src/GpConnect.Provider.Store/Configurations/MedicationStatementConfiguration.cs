using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class MedicationStatementConfiguration : IEntityTypeConfiguration<MedicationStatement>
{
    public void Configure(EntityTypeBuilder<MedicationStatement> builder)
    {
        builder.IsClinicalItem("medication_statements");
        builder.HasOne(e => e.Medication).WithMany().HasForeignKey(e => e.MedicationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Status).IsEnumName();
        builder.Property(e => e.DosageText).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.Property(e => e.PatientInstruction).HasMaxLength(FieldLengths.ShortText);
        builder.Property(e => e.PrescribingAgency).IsEnumName();
        builder.Property(e => e.Note).HasMaxLength(FieldLengths.LongText);
    }
}

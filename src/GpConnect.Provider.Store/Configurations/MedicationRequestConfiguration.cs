using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class MedicationRequestConfiguration : IEntityTypeConfiguration<MedicationRequest>
{
    public void Configure(EntityTypeBuilder<MedicationRequest> builder)
    {
        builder.IsClinicalItem("medication_requests");
        builder.HasOne(e => e.MedicationStatement).WithMany(e => e.Requests).HasForeignKey(e => e.MedicationStatementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.BasedOnPlan).WithMany().HasForeignKey(e => e.BasedOnPlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.PriorPrescription).WithMany().HasForeignKey(e => e.PriorPrescriptionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Medication).WithMany().HasForeignKey(e => e.MedicationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Intent).IsEnumName();
        builder.Property(e => e.Status).IsEnumName();
        builder.Property(e => e.DosageText).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.Property(e => e.PatientInstruction).HasMaxLength(FieldLengths.ShortText);
        builder.Property(e => e.Quantity).HasPrecision(18, 4);
        builder.Property(e => e.QuantityText).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.PrescriptionType).IsEnumName();
        builder.Property(e => e.StatusReason).HasMaxLength(FieldLengths.ShortText);
        builder.Property(e => e.PrescriptionOrderNumber).HasMaxLength(FieldLengths.TraceId);
        builder.Property(e => e.Note).HasMaxLength(FieldLengths.LongText);
    }
}

using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        builder.IsClinicalItem("observations");
        builder.Property(e => e.Kind).IsEnumName();
        builder.Property(e => e.Status).IsEnumName();
        builder.IsSnomedCode(e => e.Code);
        builder.Property(e => e.Display).HasMaxLength(FieldLengths.Display).IsRequired();
        builder.HasPractitioner(e => e.Performer, e => e.PerformerId);
        builder.Property(e => e.ValueQuantity).HasPrecision(18, 4);
        builder.Property(e => e.ValueUnit).HasMaxLength(FieldLengths.EnumName);
        builder.Property(e => e.ValueString).HasMaxLength(FieldLengths.LongText);
        builder.Property(e => e.Interpretation).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.ReferenceRangeLow).HasPrecision(18, 4);
        builder.Property(e => e.ReferenceRangeHigh).HasPrecision(18, 4);
        builder.Property(e => e.ReferenceRangeText).HasMaxLength(FieldLengths.Name);

        // Pathology comments keep their EDIFACT layout, so no length cap below the text type.
        builder.Property(e => e.Comment);
        builder.HasOne(e => e.DiagnosticReport).WithMany(e => e.Observations).HasForeignKey(e => e.DiagnosticReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Parent).WithMany(e => e.Members).HasForeignKey(e => e.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Specimen).WithMany().HasForeignKey(e => e.SpecimenId).OnDelete(DeleteBehavior.Restrict);
    }
}

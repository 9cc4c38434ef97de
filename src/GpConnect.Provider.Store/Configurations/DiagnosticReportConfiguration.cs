using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class DiagnosticReportConfiguration : IEntityTypeConfiguration<DiagnosticReport>
{
    public void Configure(EntityTypeBuilder<DiagnosticReport> builder)
    {
        builder.IsClinicalItem("diagnostic_reports");
        builder.Property(e => e.Status).IsEnumName();
        builder.Property(e => e.Category).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(e => e.LabReportId).HasMaxLength(FieldLengths.TraceId);
        builder.Property(e => e.PerformerOrganisationName).HasMaxLength(FieldLengths.Display);
        builder.Property(e => e.PerformerOrganisationOdsCode).HasMaxLength(FieldLengths.OdsCode);
        builder.Property(e => e.Conclusion).HasMaxLength(FieldLengths.LongText);
        builder.HasIndex(e => e.TestRequestIdentifier).IsUnique();
        builder.IsOptionalSnomedCode(e => e.TestRequestCode);
        builder.Property(e => e.TestRequestDisplay).HasMaxLength(FieldLengths.Display);
        builder.HasPractitioner(e => e.TestRequester, e => e.TestRequesterId);
    }
}

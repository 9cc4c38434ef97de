using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class ProblemConfiguration : IEntityTypeConfiguration<Problem>
{
    public void Configure(EntityTypeBuilder<Problem> builder)
    {
        builder.IsClinicalItem("problems");
        builder.IsSnomedCode(e => e.Code);
        builder.Property(e => e.Display).HasMaxLength(FieldLengths.Display).IsRequired();
        builder.Property(e => e.ClinicalStatus).IsEnumName();
        builder.Property(e => e.Significance).IsEnumName();
        builder.HasPractitioner(e => e.Asserter, e => e.AsserterId);
        builder.Property(e => e.Note).HasMaxLength(FieldLengths.LongText);
    }
}

using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class AllergyConfiguration : IEntityTypeConfiguration<Allergy>
{
    public void Configure(EntityTypeBuilder<Allergy> builder)
    {
        builder.IsClinicalItem("allergies");
        builder.Property(e => e.ClinicalStatus).IsEnumName();
        builder.Property(e => e.Category).IsEnumName();
        builder.Property(e => e.Type).IsEnumName();
        builder.Property(e => e.Criticality).IsEnumName();
        builder.IsSnomedCode(e => e.Code);
        builder.Property(e => e.Display).HasMaxLength(FieldLengths.Display).IsRequired();
        builder.HasPractitioner(e => e.Asserter, e => e.AsserterId);
        builder.IsOptionalSnomedCode(e => e.ReactionManifestationCode);
        builder.Property(e => e.ReactionManifestationDisplay).HasMaxLength(FieldLengths.Display);
        builder.Property(e => e.ReactionSeverity).IsEnumName();
        builder.Property(e => e.EndReason).HasMaxLength(FieldLengths.ShortText);
        builder.Property(e => e.Note).HasMaxLength(FieldLengths.LongText);
    }
}

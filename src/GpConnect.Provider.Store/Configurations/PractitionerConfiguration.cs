using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class PractitionerConfiguration : IEntityTypeConfiguration<Practitioner>
{
    public void Configure(EntityTypeBuilder<Practitioner> builder)
    {
        builder.ToTable("practitioners");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.SdsUserId).HasMaxLength(FieldLengths.SdsIdentifier).IsRequired();

        // Not unique: the reference data holds one SDS user id on two practitioner records.
        builder.HasIndex(e => e.SdsUserId);
        builder.Property(e => e.Prefix).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.GivenName).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.FamilyName).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(e => e.Gender).IsEnumName();
        builder.Property(e => e.LanguageCode).HasMaxLength(FieldLengths.EnumName);
        builder.IsVersioned();
    }
}

using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.OdsCode).HasMaxLength(FieldLengths.OdsCode).IsRequired();
        builder.HasIndex(e => e.OdsCode).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(FieldLengths.Display).IsRequired();
        builder.Property(e => e.Kind).IsEnumName();
        builder.HasOne(e => e.PartOf).WithMany(e => e.Sites).HasForeignKey(e => e.PartOfId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.AddressLine1).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.AddressLine2).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.Town).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.County).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.Postcode).HasMaxLength(FieldLengths.Postcode);
        builder.Property(e => e.Telephone).HasMaxLength(FieldLengths.Telecom);
        builder.Property(e => e.Email).HasMaxLength(FieldLengths.Telecom);
        builder.IsVersioned();
    }
}

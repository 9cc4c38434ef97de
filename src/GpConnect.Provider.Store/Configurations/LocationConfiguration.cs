using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.ToTable("locations");
        builder.HasKey(e => e.Id);

        // Assigned, not generated: assurance reads fixed Location ids (LocationLogicalIdentifierMap).
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Name).HasMaxLength(FieldLengths.Display).IsRequired();
        builder.HasOne(e => e.ManagingOrganisation).WithMany(e => e.Locations).HasForeignKey(e => e.ManagingOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Site).WithMany().HasForeignKey(e => e.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.LocalCode).HasMaxLength(FieldLengths.OdsCode);
        builder.Property(e => e.AddressLine1).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.AddressLine2).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.Town).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.Postcode).HasMaxLength(FieldLengths.Postcode);
        builder.Property(e => e.Telephone).HasMaxLength(FieldLengths.Telecom);
        builder.IsVersioned();
    }
}

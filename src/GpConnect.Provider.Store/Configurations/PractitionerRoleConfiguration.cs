using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class PractitionerRoleConfiguration : IEntityTypeConfiguration<PractitionerRole>
{
    public void Configure(EntityTypeBuilder<PractitionerRole> builder)
    {
        builder.ToTable("practitioner_roles");
        builder.HasKey(e => e.Id);
        builder.HasOne(e => e.Practitioner).WithMany(e => e.Roles).HasForeignKey(e => e.PractitionerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Organisation).WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.SdsRoleProfileId).HasMaxLength(FieldLengths.SdsIdentifier);
        builder.Property(e => e.JobRoleCode).HasMaxLength(FieldLengths.EnumName).IsRequired();
        builder.Property(e => e.JobRoleDisplay).HasMaxLength(FieldLengths.Display).IsRequired();
    }
}

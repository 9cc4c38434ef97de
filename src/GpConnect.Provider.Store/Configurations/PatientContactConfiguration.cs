using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class PatientContactConfiguration : IEntityTypeConfiguration<PatientContact>
{
    public void Configure(EntityTypeBuilder<PatientContact> builder)
    {
        builder.ToTable("patient_contacts");
        builder.HasKey(e => e.Id);
        builder.HasOne(e => e.Patient).WithMany(e => e.Contacts).HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Relationship).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(e => e.Title).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.GivenName).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.FamilyName).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.Telephone).HasMaxLength(FieldLengths.Telecom);
    }
}

using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.ToTable("patients");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.NhsNumber).HasMaxLength(NhsNumber.Length).IsFixedLength().IsRequired();
        builder.HasIndex(e => e.NhsNumber).IsUnique();
        builder.Property(e => e.NhsNumberStatus).IsEnumName();
        builder.Property(e => e.Title).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.GivenName).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(e => e.OtherGivenNames).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.FamilyName).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(e => e.Gender).IsEnumName();
        builder.Property(e => e.AddressLine1).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.AddressLine2).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.Town).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.County).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.Postcode).HasMaxLength(FieldLengths.Postcode);
        builder.Property(e => e.HomePhone).HasMaxLength(FieldLengths.Telecom);
        builder.Property(e => e.MobilePhone).HasMaxLength(FieldLengths.Telecom);
        builder.Property(e => e.WorkPhone).HasMaxLength(FieldLengths.Telecom);
        builder.Property(e => e.Email).HasMaxLength(FieldLengths.Telecom);
        builder.Property(e => e.EmailUse).IsEnumName();
        builder.Property(e => e.TemporaryAddressLine1).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.TemporaryAddressLine2).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.TemporaryTown).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.TemporaryCounty).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.TemporaryPostcode).HasMaxLength(FieldLengths.Postcode);
        builder.Property(e => e.TemporaryPhone).HasMaxLength(FieldLengths.Telecom);
        builder.Property(e => e.LanguageCode).HasMaxLength(FieldLengths.EnumName);
        builder.HasOne(e => e.RegisteredPractice).WithMany().HasForeignKey(e => e.RegisteredPracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.PreferredBranchSurgery).WithMany().HasForeignKey(e => e.PreferredBranchSurgeryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.UsualGp).WithMany().HasForeignKey(e => e.UsualGpId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.RegistrationType).IsEnumName();
        builder.Property(e => e.RegistrationStatus).IsEnumName();
        builder.IsVersioned();
    }
}

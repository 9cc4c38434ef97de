using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class PatientPreviousNhsNumberConfiguration : IEntityTypeConfiguration<PatientPreviousNhsNumber>
{
    public void Configure(EntityTypeBuilder<PatientPreviousNhsNumber> builder)
    {
        builder.ToTable("patient_previous_nhs_numbers");
        builder.HasKey(e => e.Id);
        builder.HasOne(e => e.Patient).WithMany(e => e.PreviousNhsNumbers).HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.NhsNumber).HasMaxLength(NhsNumber.Length).IsFixedLength().IsRequired();
        builder.HasIndex(e => e.NhsNumber).IsUnique();
        builder.Property(e => e.Reason).IsEnumName();
    }
}

using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class PdsRecordConfiguration : IEntityTypeConfiguration<PdsRecord>
{
    public void Configure(EntityTypeBuilder<PdsRecord> builder)
    {
        builder.ToTable("pds_records");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.NhsNumber).HasMaxLength(NhsNumber.Length).IsFixedLength().IsRequired();
        builder.HasIndex(e => e.NhsNumber).IsUnique();
        builder.Property(e => e.FamilyName).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(e => e.GivenName).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(e => e.Gender).IsEnumName();
    }
}

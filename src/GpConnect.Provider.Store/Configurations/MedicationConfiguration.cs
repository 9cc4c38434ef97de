using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class MedicationConfiguration : IEntityTypeConfiguration<Medication>
{
    public void Configure(EntityTypeBuilder<Medication> builder)
    {
        builder.ToTable("medications");
        builder.HasKey(e => e.Id);
        builder.IsSnomedCode(e => e.Code);

        // Not unique: transfer-degraded entries share one code and differ by text.
        builder.HasIndex(e => e.Code);
        builder.Property(e => e.Display).HasMaxLength(FieldLengths.Display).IsRequired();
        builder.Property(e => e.Text).HasMaxLength(FieldLengths.ShortText);
    }
}

using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class ObservationComponentConfiguration : IEntityTypeConfiguration<ObservationComponent>
{
    public void Configure(EntityTypeBuilder<ObservationComponent> builder)
    {
        builder.ToTable("observation_components");
        builder.HasKey(e => e.Id);
        builder.HasOne(e => e.Observation).WithMany(e => e.Components).HasForeignKey(e => e.ObservationId).OnDelete(DeleteBehavior.Restrict);
        builder.IsSnomedCode(e => e.Code);
        builder.Property(e => e.Display).HasMaxLength(FieldLengths.Display).IsRequired();
        builder.Property(e => e.ValueQuantity).HasPrecision(18, 4);
        builder.Property(e => e.ValueUnit).HasMaxLength(FieldLengths.EnumName);
        builder.Property(e => e.DataAbsentReason).HasMaxLength(FieldLengths.Name);
    }
}

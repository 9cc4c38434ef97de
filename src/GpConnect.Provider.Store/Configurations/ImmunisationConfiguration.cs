using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class ImmunisationConfiguration : IEntityTypeConfiguration<Immunisation>
{
    public void Configure(EntityTypeBuilder<Immunisation> builder)
    {
        builder.IsClinicalItem("immunisations");
        builder.IsSnomedCode(e => e.ProcedureCode);
        builder.Property(e => e.ProcedureDisplay).HasMaxLength(FieldLengths.Display).IsRequired();
        builder.IsOptionalSnomedCode(e => e.VaccineCode);
        builder.Property(e => e.VaccineDisplay).HasMaxLength(FieldLengths.Display);
        builder.Property(e => e.ReasonNotGiven).HasMaxLength(FieldLengths.ShortText);
        builder.HasOne(e => e.Location).WithMany().HasForeignKey(e => e.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasPractitioner(e => e.Performer, e => e.PerformerId);
        builder.Property(e => e.Manufacturer).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.LotNumber).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.Site).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.Route).HasMaxLength(FieldLengths.Name);
        builder.IsOptionalSnomedCode(e => e.TargetDiseaseCode);
        builder.Property(e => e.TargetDiseaseDisplay).HasMaxLength(FieldLengths.Display);
        builder.Property(e => e.Note).HasMaxLength(FieldLengths.LongText);
    }
}

using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class PracticeConfiguration : IEntityTypeConfiguration<Practice>
{
    public void Configure(EntityTypeBuilder<Practice> builder)
    {
        builder.ToTable("practices");
        builder.HasKey(e => e.Id);
        builder.HasOne(e => e.Organisation).WithOne().HasForeignKey<Practice>(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.OrganisationId).IsUnique();
        builder.Property(e => e.Asid).HasMaxLength(FieldLengths.Asid).IsRequired();
        builder.HasIndex(e => e.Asid);
    }
}

using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class ConsultationSectionConfiguration : IEntityTypeConfiguration<ConsultationSection>
{
    public void Configure(EntityTypeBuilder<ConsultationSection> builder)
    {
        builder.ToTable("consultation_sections");
        builder.HasKey(e => e.Id);
        builder.HasOne(e => e.Consultation).WithMany(e => e.Sections).HasForeignKey(e => e.ConsultationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.ParentSection).WithMany(e => e.Headings).HasForeignKey(e => e.ParentSectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Problem).WithMany().HasForeignKey(e => e.ProblemId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Kind).IsEnumName();
        builder.Property(e => e.Title).HasMaxLength(FieldLengths.Display).IsRequired();
        builder.IsOptionalSnomedCode(e => e.Code);
    }
}

using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.IsClinicalItem("documents");
        builder.IsOptionalSnomedCode(e => e.TypeCode);
        builder.Property(e => e.TypeDisplay).HasMaxLength(FieldLengths.Display).IsRequired();
        builder.Property(e => e.Description).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.HasOne(e => e.AuthorOrganisation).WithMany().HasForeignKey(e => e.AuthorOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasPractitioner(e => e.AuthorPractitioner, e => e.AuthorPractitionerId);
        builder.Property(e => e.ContentType).HasMaxLength(FieldLengths.ContentType).IsRequired();
        builder.Property(e => e.PracticeSetting).HasMaxLength(FieldLengths.Display);
        builder.HasOne(e => e.Content).WithOne(e => e.Document).HasForeignKey<DocumentContent>(e => e.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}

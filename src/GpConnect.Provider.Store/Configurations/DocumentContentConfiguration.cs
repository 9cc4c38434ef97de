using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class DocumentContentConfiguration : IEntityTypeConfiguration<DocumentContent>
{
    public void Configure(EntityTypeBuilder<DocumentContent> builder)
    {
        builder.ToTable("document_contents");
        builder.HasKey(e => e.DocumentId);
        builder.Property(e => e.DocumentId).ValueGeneratedNever();
        builder.Property(e => e.Data).IsRequired();
    }
}

using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class ProblemLinkedItemConfiguration : IEntityTypeConfiguration<ProblemLinkedItem>
{
    public void Configure(EntityTypeBuilder<ProblemLinkedItem> builder)
    {
        // Exactly one target: a clinical item by type and identifier, or a consultation (column names are snake_case by convention).
        builder.ToTable("problem_linked_items", t => t.HasCheckConstraint(
            "ck_problem_linked_items_target",
            "(item_type IS NOT NULL AND item_identifier IS NOT NULL AND consultation_id IS NULL) OR (item_type IS NULL AND item_identifier IS NULL AND consultation_id IS NOT NULL)"));
        builder.HasKey(e => e.Id);
        builder.HasOne(e => e.Problem).WithMany(e => e.LinkedItems).HasForeignKey(e => e.ProblemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Consultation).WithMany().HasForeignKey(e => e.ConsultationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.ItemType).IsEnumName();
        builder.HasIndex(e => e.ItemIdentifier);
    }
}

using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class ProblemRelationshipConfiguration : IEntityTypeConfiguration<ProblemRelationship>
{
    public void Configure(EntityTypeBuilder<ProblemRelationship> builder)
    {
        builder.ToTable("problem_relationships");
        builder.HasKey(e => e.Id);
        builder.HasOne(e => e.Problem).WithMany(e => e.Relationships).HasForeignKey(e => e.ProblemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.RelatedProblem).WithMany().HasForeignKey(e => e.RelatedProblemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ProblemId, e.RelatedProblemId }).IsUnique();
        builder.Property(e => e.Type).IsEnumName();
    }
}

namespace GpConnect.Provider.Store.Entities;

/// <summary>A parent, child or sibling relationship from one problem to another (RelatedProblemHeader extension).</summary>
public class ProblemRelationship
{
    public int Id { get; set; }

    public int ProblemId { get; set; }

    public Problem Problem { get; set; } = null!;

    public int RelatedProblemId { get; set; }

    public Problem RelatedProblem { get; set; } = null!;

    public ProblemRelationshipType Type { get; set; }
}

namespace GpConnect.Provider.Store.Entities;

/// <summary>Extension-CareConnect-RelatedProblemHeader-1 type.</summary>
public enum ProblemRelationshipType
{
    Parent,
    Child,
    Sibling,
}

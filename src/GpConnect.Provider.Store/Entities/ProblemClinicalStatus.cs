namespace GpConnect.Provider.Store.Entities;

/// <summary>ProblemHeader Condition.clinicalStatus values GP Connect allows.</summary>
public enum ProblemClinicalStatus
{
    Active,
    Inactive,
}

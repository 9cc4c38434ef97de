namespace GpConnect.Provider.Store.Entities;

/// <summary>CareConnect-PrescribingAgency-1.</summary>
public enum PrescribingAgency
{
    PrescribedAtGpPractice,
    PrescribedByAnotherOrganisation,
    PrescribedByPreviousPractice,
}

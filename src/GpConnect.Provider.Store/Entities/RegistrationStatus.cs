namespace GpConnect.Provider.Store.Entities;

/// <summary>CareConnect-RegistrationStatus-1 (A, D, I, R).</summary>
public enum RegistrationStatus
{
    Active,
    DeductionPending,
    Inactive,
    RegistrationPending,
}

namespace GpConnect.Provider.Store.Entities;

/// <summary>CareConnect-PrescriptionType-1 (plans only).</summary>
public enum PrescriptionType
{
    Acute,
    Repeat,
    RepeatDispensing,
    DelayedPrescribing,
    AcuteHandwritten,
}

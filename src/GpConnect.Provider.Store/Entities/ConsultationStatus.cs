namespace GpConnect.Provider.Store.Entities;

/// <summary>Encounter.status: finalised consultations are finished, drafts unknown.</summary>
public enum ConsultationStatus
{
    Finished,
    Unknown,
}

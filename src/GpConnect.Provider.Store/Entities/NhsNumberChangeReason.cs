namespace GpConnect.Provider.Store.Entities;

/// <summary>Why a patient record holds an NHS number other than its current one.</summary>
public enum NhsNumberChangeReason
{
    /// <summary>PDS replaced the number with the current one.</summary>
    Superseded,

    /// <summary>Another record with this number was merged into this one.</summary>
    Merged,
}

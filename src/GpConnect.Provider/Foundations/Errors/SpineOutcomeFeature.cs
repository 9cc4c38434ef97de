namespace GpConnect.Provider.Foundations.Errors;

/// <summary>The Spine code a request was refused with, kept for the audit entry (success leaves none).</summary>
public sealed record SpineOutcomeFeature(SpineErrorCode Error);

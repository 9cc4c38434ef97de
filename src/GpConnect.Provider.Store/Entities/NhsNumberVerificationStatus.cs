namespace GpConnect.Provider.Store.Entities;

/// <summary>CareConnect-NHSNumberVerificationStatus-1; the numeric value is the code (01..08).</summary>
public enum NhsNumberVerificationStatus
{
    NumberPresentAndVerified = 1,
    NumberPresentButNotTraced = 2,
    TraceRequired = 3,
    TraceAttemptedNoMatchOrMultipleMatch = 4,
    TraceNeedsToBeResolved = 5,
    TraceInProgress = 6,
    NumberNotPresentAndTraceNotRequired = 7,
    TracePostponed = 8,
}

namespace GpConnect.Provider.Foundations.Interactions;

/// <summary>Values of the JWT <c>reason_for_request</c> claim: <c>migration</c> exists only for the 1.6 migrate interactions.</summary>
public static class ReasonsForRequest
{
    public const string DirectCare = "directcare";
    public const string Migration = "migration";
}

namespace GpConnect.Provider.Foundations.Pds;

/// <summary>
/// The Personal Demographics Service as GP Connect uses it: a PDS Retrieval by NHS number (Foundations, "Patient search"
/// for unverified numbers, and "Register patient" step 1). An unavailable PDS throws; callers let it surface as an
/// internal server error, as the register patient error table says.
/// </summary>
public interface IPersonalDemographicsService
{
    /// <summary>The person PDS holds for <paramref name="nhsNumber"/>, or null when PDS does not know the number.</summary>
    Task<PdsPerson?> RetrieveAsync(string nhsNumber, CancellationToken cancellationToken);
}

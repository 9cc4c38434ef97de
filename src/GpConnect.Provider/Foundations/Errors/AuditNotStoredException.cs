namespace GpConnect.Provider.Foundations.Errors;

/// <summary>
/// A response that would disclose data is withheld because its audit entry could not be committed (the store is
/// down): the consumer is told the store is unavailable, as for any other request caught by the outage.
/// </summary>
public sealed class AuditNotStoredException(Exception? innerException)
    : Exception("The audit entry of the response could not be committed, so the response is withheld.", innerException);

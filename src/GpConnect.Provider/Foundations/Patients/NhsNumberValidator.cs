using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Store.Domain;

namespace GpConnect.Provider.Foundations.Patients;

/// <summary>
/// Rejects an NHS number that is not ten digits with a valid Modulus 11 check digit (Foundations, "Identifier systems
/// and NHS number check") with 400 INVALID_NHS_NUMBER.
/// </summary>
public static class NhsNumberValidator
{
    public static string Validate(string? nhsNumber) =>
        NhsNumber.IsValid(nhsNumber)
            ? nhsNumber!
            : throw new GpConnectException(SpineErrorCode.InvalidNhsNumber, $"'{nhsNumber}' is not a valid NHS number (ten digits with a Modulus 11 check digit).");
}

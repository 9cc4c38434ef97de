using GpConnect.Provider.Store.Entities;

namespace GpConnect.Provider.Foundations.Registration;

/// <summary>What a valid register patient request asks for, read out of its Patient.</summary>
public sealed record RegistrationRequest(
    string NhsNumber,
    string? Title,
    string FamilyName,
    IReadOnlyList<string> GivenNames,
    DateOnly BirthDate,
    AdministrativeGender? Gender,
    RegistrationAddress? HomeAddress,
    string? HomePhone,
    string? MobilePhone,
    string? WorkPhone,
    string? Email,
    string? LanguageCode,
    bool InterpreterRequired);

/// <summary>A home address as the store holds it (two lines, town, county, postcode).</summary>
public sealed record RegistrationAddress(string? Line1, string? Line2, string? Town, string? County, string? Postcode);

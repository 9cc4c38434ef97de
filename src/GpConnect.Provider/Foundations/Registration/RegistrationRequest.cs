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
    RegistrationAddress? TemporaryAddress,
    string? HomePhone,
    string? MobilePhone,
    string? WorkPhone,
    string? TemporaryPhone,
    RegistrationEmail? Email,
    string? LanguageCode,
    bool InterpreterRequired);

/// <summary>An address as the store holds it (two lines, town, county, postcode).</summary>
public sealed record RegistrationAddress(string? Line1, string? Line2, string? Town, string? County, string? Postcode);

/// <summary>The one email address a request may send, with the use it was sent with.</summary>
public sealed record RegistrationEmail(string Address, ContactUse Use);

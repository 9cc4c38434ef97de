using GpConnect.Provider.Store.Entities;

namespace GpConnect.Provider.Foundations.Pds;

/// <summary>What a PDS Retrieval returns for one NHS number: the demographics and the flags GP Connect acts on.</summary>
public sealed record PdsPerson(
    string NhsNumber,
    string FamilyName,
    string GivenName,
    AdministrativeGender Gender,
    DateOnly BirthDate,
    bool IsSensitive,
    bool IsDeceased,
    bool IsSuperseded,
    bool IsInvalid);

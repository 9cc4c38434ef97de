namespace GpConnect.Provider.Store.Entities;

/// <summary>The purpose of a contact detail (FHIR ContactPoint.use), for the details the store keeps the use of.</summary>
public enum ContactUse
{
    Home,
    Work,
    Temporary,
    Mobile,
}

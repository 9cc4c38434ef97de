namespace GpConnect.Provider.Store.Entities;

/// <summary>Care Connect administrative gender.</summary>
public enum AdministrativeGender
{
    Male,
    Female,
    Other,
    Unknown,
}

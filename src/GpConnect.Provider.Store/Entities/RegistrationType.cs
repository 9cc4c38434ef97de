namespace GpConnect.Provider.Store.Entities;

/// <summary>CareConnect-RegistrationType-1 (R, E, IN, T, P, O, S).</summary>
public enum RegistrationType
{
    Regular,
    Emergency,
    ImmediatelyNecessary,
    Temporary,
    Private,
    Other,
    SyntheticRecord,
}

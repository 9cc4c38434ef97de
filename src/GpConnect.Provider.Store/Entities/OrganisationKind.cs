namespace GpConnect.Provider.Store.Entities;

/// <summary>What an organisation row stands for: a GP practice, one of its sites (ODS site code), or any other organisation.</summary>
public enum OrganisationKind
{
    GpPractice,
    Site,
    Other,
}

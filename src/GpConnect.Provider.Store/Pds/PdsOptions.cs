namespace GpConnect.Provider.Store.Pds;

/// <summary>The <c>"Pds"</c> configuration section: where the local PDS dataset is imported from.</summary>
public sealed class PdsOptions
{
    public const string SectionName = "Pds";

    /// <summary>The file name looked for when <see cref="DatasetPath"/> is not set.</summary>
    public const string DefaultDatasetRelativePath = "shared/test-data/RegisterPatients.csv";

    /// <summary>
    /// A CSV of people known to PDS (<c>SPINE_NHS_NUMBER,NAME_FAMILY,NAME_GIVEN,GENDER,DOB</c>, the assurance
    /// RegisterPatients.csv layout). When unset, <see cref="DefaultDatasetRelativePath"/> is looked for in the content
    /// root, the application directory and each of their parents.
    /// </summary>
    public string? DatasetPath { get; set; }
}

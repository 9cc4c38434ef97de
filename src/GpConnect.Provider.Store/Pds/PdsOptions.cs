namespace GpConnect.Provider.Store.Pds;

/// <summary>The <c>"Pds"</c> configuration section: where the local PDS dataset is imported from.</summary>
public sealed class PdsOptions
{
    public const string SectionName = "Pds";

    /// <summary>
    /// A CSV of people known to PDS, read instead of the built-in dataset (<see cref="PdsDatasetSource"/>): a header,
    /// then <c>NHS number,family,given,gender,yyyy-MM-dd</c> per line, the layout of both Seed/pds-dataset.csv and the
    /// assurance RegisterPatients.csv. Unset: the built-in dataset.
    /// </summary>
    public string? DatasetPath { get; set; }
}

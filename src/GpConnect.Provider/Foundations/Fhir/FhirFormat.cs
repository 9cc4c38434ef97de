namespace GpConnect.Provider.Foundations.Fhir;

/// <summary>The two wire formats GP Connect 1.x providers serve.</summary>
public enum FhirFormat
{
    Json,
    Xml,
}

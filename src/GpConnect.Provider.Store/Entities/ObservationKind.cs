namespace GpConnect.Provider.Store.Entities;

/// <summary>Which GP Connect Observation shape a row is.</summary>
public enum ObservationKind
{
    Uncategorised,
    BloodPressure,
    Narrative,
    TestGroup,
    TestResult,
    FilingComment,
    ImmunisationStatus,
}

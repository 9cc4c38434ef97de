namespace GpConnect.Provider.Store.Domain;

/// <summary>SNOMED CT concepts the store gives a meaning to (GP Connect Access Record Structured 1.6).</summary>
public static class SnomedCodes
{
    public const string System = "http://snomed.info/sct";

    /// <summary>"No known allergy": asserted instead of an allergy list (Allergies, "No known allergies").</summary>
    public const string NoKnownAllergy = "716186003";

    /// <summary>"Comment note": the code for uncoded free text (Uncategorised data and consultations).</summary>
    public const string CommentNote = "37331000000100";

    /// <summary>"Diagnostic studies report": fixed DiagnosticReport.code.</summary>
    public const string DiagnosticStudiesReport = "721981007";

    /// <summary>"Transfer-degraded medication entry".</summary>
    public const string TransferDegradedMedication = "196421000000109";
}

using Hl7.Fhir.Model;

namespace GpConnect.Provider.Foundations.Errors;

/// <summary>
/// Builds outcomes in the GPConnect-OperationOutcome-1 shape: one issue, one Spine coding, diagnostics. Every outcome
/// is built here, so this is where diagnostics are bounded and sanitised (<see cref="DiagnosticsText"/>).
/// </summary>
public static class OperationOutcomes
{
    public const string Profile = "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-OperationOutcome-1";

    public static OperationOutcome For(SpineErrorCode error, string diagnostics) => new()
    {
        Meta = new Meta { Profile = [Profile] },
        Issue =
        [
            new OperationOutcome.IssueComponent
            {
                Severity = OperationOutcome.IssueSeverity.Error,
                Code = error.IssueType,
                Details = new CodeableConcept { Coding = [new Coding(SpineErrorCode.System, error.Code, error.Display)] },
                Diagnostics = DiagnosticsText.Bound(diagnostics),
            },
        ],
    };
}

using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("DiagnosticReportStatus", "http://hl7.org/fhir/ValueSet/diagnostic-report-status", "http://hl7.org/fhir/diagnostic-report-status")]
public enum DiagnosticReportStatus
{
    [EnumLiteral("registered", "http://hl7.org/fhir/diagnostic-report-status")]
    [Description("Registered")]
    Registered,
    [EnumLiteral("partial", "http://hl7.org/fhir/diagnostic-report-status")]
    [Description("Partial")]
    Partial,
    [EnumLiteral("preliminary", "http://hl7.org/fhir/diagnostic-report-status")]
    [Description("Preliminary")]
    Preliminary,
    [EnumLiteral("final", "http://hl7.org/fhir/diagnostic-report-status")]
    [Description("Final")]
    Final,
    [EnumLiteral("amended", "http://hl7.org/fhir/diagnostic-report-status")]
    [Description("Amended")]
    Amended,
    [EnumLiteral("corrected", "http://hl7.org/fhir/diagnostic-report-status")]
    [Description("Corrected")]
    Corrected,
    [EnumLiteral("appended", "http://hl7.org/fhir/diagnostic-report-status")]
    [Description("Appended")]
    Appended,
    [EnumLiteral("cancelled", "http://hl7.org/fhir/diagnostic-report-status")]
    [Description("Cancelled")]
    Cancelled,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/diagnostic-report-status")]
    [Description("Entered in Error")]
    EnteredInError,
    [EnumLiteral("unknown", "http://hl7.org/fhir/diagnostic-report-status")]
    [Description("Unknown")]
    Unknown,
}

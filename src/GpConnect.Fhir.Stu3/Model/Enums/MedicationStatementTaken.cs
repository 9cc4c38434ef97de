using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("MedicationStatementTaken", "http://hl7.org/fhir/ValueSet/medication-statement-taken", "http://hl7.org/fhir/medication-statement-taken")]
public enum MedicationStatementTaken
{
    [EnumLiteral("y", "http://hl7.org/fhir/medication-statement-taken")]
    [Description("Yes")]
    Y,
    [EnumLiteral("n", "http://hl7.org/fhir/medication-statement-taken")]
    [Description("No")]
    N,
    [EnumLiteral("unk", "http://hl7.org/fhir/medication-statement-taken")]
    [Description("Unknown")]
    Unk,
    [EnumLiteral("na", "http://hl7.org/fhir/medication-statement-taken")]
    [Description("Not Applicable")]
    Na,
}

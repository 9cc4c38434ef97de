using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("QuestionnaireResponseStatus", "http://hl7.org/fhir/ValueSet/questionnaire-answers-status", "http://hl7.org/fhir/questionnaire-answers-status")]
public enum QuestionnaireResponseStatus
{
    [EnumLiteral("in-progress", "http://hl7.org/fhir/questionnaire-answers-status")]
    [Description("In Progress")]
    InProgress,
    [EnumLiteral("completed", "http://hl7.org/fhir/questionnaire-answers-status")]
    [Description("Completed")]
    Completed,
    [EnumLiteral("amended", "http://hl7.org/fhir/questionnaire-answers-status")]
    [Description("Amended")]
    Amended,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/questionnaire-answers-status")]
    [Description("Entered in Error")]
    EnteredInError,
    [EnumLiteral("stopped", "http://hl7.org/fhir/questionnaire-answers-status")]
    [Description("Stopped")]
    Stopped,
}

using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("TypeRestfulInteraction", "http://hl7.org/fhir/ValueSet/type-restful-interaction", "http://hl7.org/fhir/restful-interaction")]
public enum TypeRestfulInteraction
{
    [EnumLiteral("read", "http://hl7.org/fhir/restful-interaction")]
    [Description("read")]
    Read,
    [EnumLiteral("vread", "http://hl7.org/fhir/restful-interaction")]
    [Description("vread")]
    Vread,
    [EnumLiteral("update", "http://hl7.org/fhir/restful-interaction")]
    [Description("update")]
    Update,
    [EnumLiteral("patch", "http://hl7.org/fhir/restful-interaction")]
    [Description("patch")]
    Patch,
    [EnumLiteral("delete", "http://hl7.org/fhir/restful-interaction")]
    [Description("delete")]
    Delete,
    [EnumLiteral("history-instance", "http://hl7.org/fhir/restful-interaction")]
    [Description("history-instance")]
    HistoryInstance,
    [EnumLiteral("history-type", "http://hl7.org/fhir/restful-interaction")]
    [Description("history-type")]
    HistoryType,
    [EnumLiteral("create", "http://hl7.org/fhir/restful-interaction")]
    [Description("create")]
    Create,
    [EnumLiteral("search-type", "http://hl7.org/fhir/restful-interaction")]
    [Description("search-type")]
    SearchType,
}

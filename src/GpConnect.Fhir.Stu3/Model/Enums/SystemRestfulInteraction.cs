using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("SystemRestfulInteraction", "http://hl7.org/fhir/ValueSet/system-restful-interaction", "http://hl7.org/fhir/restful-interaction")]
public enum SystemRestfulInteraction
{
    [EnumLiteral("transaction", "http://hl7.org/fhir/restful-interaction")]
    [Description("transaction")]
    Transaction,
    [EnumLiteral("batch", "http://hl7.org/fhir/restful-interaction")]
    [Description("batch")]
    Batch,
    [EnumLiteral("search-system", "http://hl7.org/fhir/restful-interaction")]
    [Description("search-system")]
    SearchSystem,
    [EnumLiteral("history-system", "http://hl7.org/fhir/restful-interaction")]
    [Description("history-system")]
    HistorySystem,
}

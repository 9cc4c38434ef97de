using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("UDIEntryType", "http://hl7.org/fhir/ValueSet/udi-entry-type", "http://hl7.org/fhir/udi-entry-type")]
public enum UDIEntryType
{
    [EnumLiteral("barcode", "http://hl7.org/fhir/udi-entry-type")]
    [Description("BarCode")]
    Barcode,
    [EnumLiteral("rfid", "http://hl7.org/fhir/udi-entry-type")]
    [Description("RFID")]
    Rfid,
    [EnumLiteral("manual", "http://hl7.org/fhir/udi-entry-type")]
    [Description("Manual")]
    Manual,
    [EnumLiteral("card", "http://hl7.org/fhir/udi-entry-type")]
    [Description("Card")]
    Card,
    [EnumLiteral("self-reported", "http://hl7.org/fhir/udi-entry-type")]
    [Description("Self Reported")]
    SelfReported,
    [EnumLiteral("unknown", "http://hl7.org/fhir/udi-entry-type")]
    [Description("Unknown")]
    Unknown,
}

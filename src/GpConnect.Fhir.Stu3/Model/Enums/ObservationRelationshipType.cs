using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("ObservationRelationshipType", "http://hl7.org/fhir/ValueSet/observation-relationshiptypes", "http://hl7.org/fhir/observation-relationshiptypes")]
public enum ObservationRelationshipType
{
    [EnumLiteral("has-member", "http://hl7.org/fhir/observation-relationshiptypes")]
    [Description("Has Member")]
    HasMember,
    [EnumLiteral("derived-from", "http://hl7.org/fhir/observation-relationshiptypes")]
    [Description("Derived From")]
    DerivedFrom,
    [EnumLiteral("sequel-to", "http://hl7.org/fhir/observation-relationshiptypes")]
    [Description("Sequel To")]
    SequelTo,
    [EnumLiteral("replaces", "http://hl7.org/fhir/observation-relationshiptypes")]
    [Description("Replaces")]
    Replaces,
    [EnumLiteral("qualified-by", "http://hl7.org/fhir/observation-relationshiptypes")]
    [Description("Qualified By")]
    QualifiedBy,
    [EnumLiteral("interfered-by", "http://hl7.org/fhir/observation-relationshiptypes")]
    [Description("Interfered By")]
    InterferedBy,
}

using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Device", "http://hl7.org/fhir/StructureDefinition/Device")]
public partial class Device : DomainResource
{
    [FhirElement("identifier", Order = 90)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("udi", Order = 100, InSummary = true)]
    public partial UdiComponent? Udi { get; set; }

    [FhirElement("status", Order = 110, InSummary = true, IsModifier = true)]
    [Binding("FHIRDeviceStatus")]
    public partial Code<FHIRDeviceStatus>? StatusElement { get; set; }

    [FhirElement("type", Order = 120)]
    [Binding("DeviceKind")]
    public partial CodeableConcept? Type { get; set; }

    [FhirElement("lotNumber", Order = 130)]
    public partial FhirString? LotNumberElement { get; set; }

    [FhirElement("manufacturer", Order = 140)]
    public partial FhirString? ManufacturerElement { get; set; }

    [FhirElement("manufactureDate", Order = 150)]
    public partial FhirDateTime? ManufactureDateElement { get; set; }

    [FhirElement("expirationDate", Order = 160)]
    public partial FhirDateTime? ExpirationDateElement { get; set; }

    [FhirElement("model", Order = 170)]
    public partial FhirString? ModelElement { get; set; }

    [FhirElement("version", Order = 180)]
    public partial FhirString? VersionElement { get; set; }

    [FhirElement("patient", Order = 190)]
    [References("Patient")]
    public partial ResourceReference? Patient { get; set; }

    [FhirElement("owner", Order = 200)]
    [References("Organization")]
    public partial ResourceReference? Owner { get; set; }

    [FhirElement("contact", Order = 210)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ContactPoint> Contact { get; set; }

    [FhirElement("location", Order = 220)]
    [References("Location")]
    public partial ResourceReference? Location { get; set; }

    [FhirElement("url", Order = 230)]
    public partial FhirUri? UrlElement { get; set; }

    [FhirElement("note", Order = 240)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Annotation> Note { get; set; }

    [FhirElement("safety", Order = 250, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("DeviceSafety")]
    public partial List<CodeableConcept> Safety { get; set; }

    [FhirType("Device.udi", IsBackboneType = true)]
    public partial class UdiComponent : BackboneElement
    {
        [FhirElement("deviceIdentifier", Order = 40, InSummary = true)]
        public partial FhirString? DeviceIdentifierElement { get; set; }

        [FhirElement("name", Order = 50, InSummary = true)]
        public partial FhirString? NameElement { get; set; }

        [FhirElement("jurisdiction", Order = 60)]
        public partial FhirUri? JurisdictionElement { get; set; }

        [FhirElement("carrierHRF", Order = 70, InSummary = true)]
        public partial FhirString? CarrierHRFElement { get; set; }

        [FhirElement("carrierAIDC", Order = 80, InSummary = true)]
        public partial Base64Binary? CarrierAIDCElement { get; set; }

        [FhirElement("issuer", Order = 90)]
        public partial FhirUri? IssuerElement { get; set; }

        [FhirElement("entryType", Order = 100)]
        [Binding("UDIEntryType")]
        public partial Code<UDIEntryType>? EntryTypeElement { get; set; }
    }
}

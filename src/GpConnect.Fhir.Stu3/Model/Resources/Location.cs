using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Location", "http://hl7.org/fhir/StructureDefinition/Location")]
public partial class Location : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("status", Order = 100, InSummary = true, IsModifier = true)]
    [Binding("LocationStatus")]
    public partial Code<LocationStatus>? StatusElement { get; set; }

    [FhirElement("operationalStatus", Order = 110, InSummary = true)]
    [Binding("OperationalStatus")]
    public partial Coding? OperationalStatus { get; set; }

    [FhirElement("name", Order = 120, InSummary = true)]
    public partial FhirString? NameElement { get; set; }

    [FhirElement("alias", Order = 130)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<FhirString> AliasElement { get; set; }

    [FhirElement("description", Order = 140, InSummary = true)]
    public partial FhirString? DescriptionElement { get; set; }

    [FhirElement("mode", Order = 150, InSummary = true, IsModifier = true)]
    [Binding("LocationMode")]
    public partial Code<LocationMode>? ModeElement { get; set; }

    [FhirElement("type", Order = 160, InSummary = true)]
    [Binding("LocationType")]
    public partial CodeableConcept? Type { get; set; }

    [FhirElement("telecom", Order = 170)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ContactPoint> Telecom { get; set; }

    [FhirElement("address", Order = 180)]
    public partial Address? Address { get; set; }

    [FhirElement("physicalType", Order = 190, InSummary = true)]
    [Binding("PhysicalType")]
    public partial CodeableConcept? PhysicalType { get; set; }

    [FhirElement("position", Order = 200)]
    public partial PositionComponent? Position { get; set; }

    [FhirElement("managingOrganization", Order = 210, InSummary = true)]
    [References("Organization")]
    public partial ResourceReference? ManagingOrganization { get; set; }

    [FhirElement("partOf", Order = 220)]
    [References("Location")]
    public partial ResourceReference? PartOf { get; set; }

    [FhirElement("endpoint", Order = 230)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Endpoint")]
    public partial List<ResourceReference> Endpoint { get; set; }

    [FhirType("Location.position", IsBackboneType = true)]
    public partial class PositionComponent : BackboneElement
    {
        [FhirElement("longitude", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        public partial FhirDecimal? LongitudeElement { get; set; }

        [FhirElement("latitude", Order = 50)]
        [Cardinality(Min = 1, Max = 1)]
        public partial FhirDecimal? LatitudeElement { get; set; }

        [FhirElement("altitude", Order = 60)]
        public partial FhirDecimal? AltitudeElement { get; set; }
    }
}

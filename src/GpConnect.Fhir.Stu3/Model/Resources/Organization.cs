using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Organization", "http://hl7.org/fhir/StructureDefinition/Organization")]
public partial class Organization : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("active", Order = 100, InSummary = true, IsModifier = true)]
    public partial FhirBoolean? ActiveElement { get; set; }

    [FhirElement("type", Order = 110, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("OrganizationType")]
    public partial List<CodeableConcept> Type { get; set; }

    [FhirElement("name", Order = 120, InSummary = true)]
    public partial FhirString? NameElement { get; set; }

    [FhirElement("alias", Order = 130)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<FhirString> AliasElement { get; set; }

    [FhirElement("telecom", Order = 140)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ContactPoint> Telecom { get; set; }

    [FhirElement("address", Order = 150)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Address> Address { get; set; }

    [FhirElement("partOf", Order = 160, InSummary = true)]
    [References("Organization")]
    public partial ResourceReference? PartOf { get; set; }

    [FhirElement("contact", Order = 170)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ContactComponent> Contact { get; set; }

    [FhirElement("endpoint", Order = 180)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Endpoint")]
    public partial List<ResourceReference> Endpoint { get; set; }

    [FhirType("Organization.contact", IsBackboneType = true)]
    public partial class ContactComponent : BackboneElement
    {
        [FhirElement("purpose", Order = 40)]
        [Binding("ContactPartyType")]
        public partial CodeableConcept? Purpose { get; set; }

        [FhirElement("name", Order = 50)]
        public partial HumanName? Name { get; set; }

        [FhirElement("telecom", Order = 60)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<ContactPoint> Telecom { get; set; }

        [FhirElement("address", Order = 70)]
        public partial Address? Address { get; set; }
    }
}

using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Practitioner", "http://hl7.org/fhir/StructureDefinition/Practitioner")]
public partial class Practitioner : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("active", Order = 100, InSummary = true)]
    public partial FhirBoolean? ActiveElement { get; set; }

    [FhirElement("name", Order = 110, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<HumanName> Name { get; set; }

    [FhirElement("telecom", Order = 120, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ContactPoint> Telecom { get; set; }

    [FhirElement("address", Order = 130, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Address> Address { get; set; }

    [FhirElement("gender", Order = 140, InSummary = true)]
    [Binding("AdministrativeGender")]
    public partial Code<AdministrativeGender>? GenderElement { get; set; }

    [FhirElement("birthDate", Order = 150, InSummary = true)]
    public partial Date? BirthDateElement { get; set; }

    [FhirElement("photo", Order = 160)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Attachment> Photo { get; set; }

    [FhirElement("qualification", Order = 170)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<QualificationComponent> Qualification { get; set; }

    [FhirElement("communication", Order = 180)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("Language")]
    public partial List<CodeableConcept> Communication { get; set; }

    [FhirType("Practitioner.qualification", IsBackboneType = true)]
    public partial class QualificationComponent : BackboneElement
    {
        [FhirElement("identifier", Order = 40)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<Identifier> Identifier { get; set; }

        [FhirElement("code", Order = 50)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("Qualification")]
        public partial CodeableConcept? Code { get; set; }

        [FhirElement("period", Order = 60)]
        public partial Period? Period { get; set; }

        [FhirElement("issuer", Order = 70)]
        [References("Organization")]
        public partial ResourceReference? Issuer { get; set; }
    }
}

using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Patient", "http://hl7.org/fhir/StructureDefinition/Patient")]
public partial class Patient : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("active", Order = 100, InSummary = true, IsModifier = true)]
    public partial FhirBoolean? ActiveElement { get; set; }

    [FhirElement("name", Order = 110, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<HumanName> Name { get; set; }

    [FhirElement("telecom", Order = 120, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ContactPoint> Telecom { get; set; }

    [FhirElement("gender", Order = 130, InSummary = true)]
    [Binding("AdministrativeGender")]
    public partial Code<AdministrativeGender>? GenderElement { get; set; }

    [FhirElement("birthDate", Order = 140, InSummary = true)]
    public partial Date? BirthDateElement { get; set; }

    [FhirElement("deceased", Order = 150, InSummary = true, IsModifier = true, Choice = ChoiceType.DatatypeChoice)]
    [AllowedTypes(typeof(FhirBoolean), typeof(FhirDateTime))]
    public partial DataType? Deceased { get; set; }

    [FhirElement("address", Order = 160, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Address> Address { get; set; }

    [FhirElement("maritalStatus", Order = 170)]
    [Binding("MaritalStatus")]
    public partial CodeableConcept? MaritalStatus { get; set; }

    [FhirElement("multipleBirth", Order = 180, Choice = ChoiceType.DatatypeChoice)]
    [AllowedTypes(typeof(FhirBoolean), typeof(Integer))]
    public partial DataType? MultipleBirth { get; set; }

    [FhirElement("photo", Order = 190)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Attachment> Photo { get; set; }

    [FhirElement("contact", Order = 200)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ContactComponent> Contact { get; set; }

    [FhirElement("animal", Order = 210, InSummary = true, IsModifier = true)]
    public partial AnimalComponent? Animal { get; set; }

    [FhirElement("communication", Order = 220)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<CommunicationComponent> Communication { get; set; }

    [FhirElement("generalPractitioner", Order = 230)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Organization", "Practitioner")]
    public partial List<ResourceReference> GeneralPractitioner { get; set; }

    [FhirElement("managingOrganization", Order = 240, InSummary = true)]
    [References("Organization")]
    public partial ResourceReference? ManagingOrganization { get; set; }

    [FhirElement("link", Order = 250, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<LinkComponent> Link { get; set; }

    [FhirType("Patient.contact", IsBackboneType = true)]
    public partial class ContactComponent : BackboneElement
    {
        [FhirElement("relationship", Order = 40)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("ContactRelationship")]
        public partial List<CodeableConcept> Relationship { get; set; }

        [FhirElement("name", Order = 50)]
        public partial HumanName? Name { get; set; }

        [FhirElement("telecom", Order = 60)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<ContactPoint> Telecom { get; set; }

        [FhirElement("address", Order = 70)]
        public partial Address? Address { get; set; }

        [FhirElement("gender", Order = 80)]
        [Binding("AdministrativeGender")]
        public partial Code<AdministrativeGender>? GenderElement { get; set; }

        [FhirElement("organization", Order = 90)]
        [References("Organization")]
        public partial ResourceReference? Organization { get; set; }

        [FhirElement("period", Order = 100)]
        public partial Period? Period { get; set; }
    }

    [FhirType("Patient.animal", IsBackboneType = true)]
    public partial class AnimalComponent : BackboneElement
    {
        [FhirElement("species", Order = 40, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("AnimalSpecies")]
        public partial CodeableConcept? Species { get; set; }

        [FhirElement("breed", Order = 50, InSummary = true)]
        [Binding("AnimalBreed")]
        public partial CodeableConcept? Breed { get; set; }

        [FhirElement("genderStatus", Order = 60, InSummary = true)]
        [Binding("AnimalGenderStatus")]
        public partial CodeableConcept? GenderStatus { get; set; }
    }

    [FhirType("Patient.communication", IsBackboneType = true)]
    public partial class CommunicationComponent : BackboneElement
    {
        [FhirElement("language", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("Language")]
        public partial CodeableConcept? Language { get; set; }

        [FhirElement("preferred", Order = 50)]
        public partial FhirBoolean? PreferredElement { get; set; }
    }

    [FhirType("Patient.link", IsBackboneType = true)]
    public partial class LinkComponent : BackboneElement
    {
        [FhirElement("other", Order = 40, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [References("Patient", "RelatedPerson")]
        public partial ResourceReference? Other { get; set; }

        [FhirElement("type", Order = 50, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("LinkType")]
        public partial Code<LinkType>? TypeElement { get; set; }
    }
}

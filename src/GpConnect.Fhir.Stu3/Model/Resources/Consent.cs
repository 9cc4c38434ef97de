using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Consent", "http://hl7.org/fhir/StructureDefinition/Consent")]
public partial class Consent : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    public partial Identifier? Identifier { get; set; }

    [FhirElement("status", Order = 100, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("ConsentState")]
    public partial Code<ConsentState>? StatusElement { get; set; }

    [FhirElement("category", Order = 110, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("ConsentCategory")]
    public partial List<CodeableConcept> Category { get; set; }

    [FhirElement("patient", Order = 120, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [References("Patient")]
    public partial ResourceReference? Patient { get; set; }

    [FhirElement("period", Order = 130, InSummary = true)]
    public partial Period? Period { get; set; }

    [FhirElement("dateTime", Order = 140, InSummary = true)]
    public partial FhirDateTime? DateTimeElement { get; set; }

    [FhirElement("consentingParty", Order = 150, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Organization", "Patient", "Practitioner", "RelatedPerson")]
    public partial List<ResourceReference> ConsentingParty { get; set; }

    [FhirElement("actor", Order = 160, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ActorComponent> Actor { get; set; }

    [FhirElement("action", Order = 170, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("ConsentAction")]
    public partial List<CodeableConcept> Action { get; set; }

    [FhirElement("organization", Order = 180, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Organization")]
    public partial List<ResourceReference> Organization { get; set; }

    [FhirElement("source", Order = 190, InSummary = true, Choice = ChoiceType.DatatypeChoice)]
    [AllowedTypes(typeof(Attachment), typeof(Identifier), typeof(ResourceReference))]
    [References("Consent", "DocumentReference", "Contract", "QuestionnaireResponse")]
    public partial DataType? Source { get; set; }

    [FhirElement("policy", Order = 200)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<PolicyComponent> Policy { get; set; }

    [FhirElement("policyRule", Order = 210, InSummary = true)]
    public partial FhirUri? PolicyRuleElement { get; set; }

    [FhirElement("securityLabel", Order = 220, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("SecurityLabels")]
    public partial List<Coding> SecurityLabel { get; set; }

    [FhirElement("purpose", Order = 230, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("PurposeOfUse")]
    public partial List<Coding> Purpose { get; set; }

    [FhirElement("dataPeriod", Order = 240, InSummary = true)]
    public partial Period? DataPeriod { get; set; }

    [FhirElement("data", Order = 250, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<DataComponent> Data { get; set; }

    [FhirElement("except", Order = 260, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ExceptComponent> Except { get; set; }

    [FhirType("Consent.actor", IsBackboneType = true)]
    public partial class ActorComponent : BackboneElement
    {
        [FhirElement("role", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("ConsentActorRole")]
        public partial CodeableConcept? Role { get; set; }

        [FhirElement("reference", Order = 50)]
        [Cardinality(Min = 1, Max = 1)]
        [References("Device", "Group", "CareTeam", "Organization", "Patient", "Practitioner", "RelatedPerson")]
        public partial ResourceReference? Reference { get; set; }
    }

    [FhirType("Consent.policy", IsBackboneType = true)]
    public partial class PolicyComponent : BackboneElement
    {
        [FhirElement("authority", Order = 40)]
        public partial FhirUri? AuthorityElement { get; set; }

        [FhirElement("uri", Order = 50)]
        public partial FhirUri? UriElement { get; set; }
    }

    [FhirType("Consent.data", IsBackboneType = true)]
    public partial class DataComponent : BackboneElement
    {
        [FhirElement("meaning", Order = 40, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("ConsentDataMeaning")]
        public partial Code<ConsentDataMeaning>? MeaningElement { get; set; }

        [FhirElement("reference", Order = 50, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [References("Resource")]
        public partial ResourceReference? Reference { get; set; }
    }

    [FhirType("Consent.except.actor", IsBackboneType = true)]
    public partial class ExceptActorComponent : BackboneElement
    {
        [FhirElement("role", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("ConsentActorRole")]
        public partial CodeableConcept? Role { get; set; }

        [FhirElement("reference", Order = 50)]
        [Cardinality(Min = 1, Max = 1)]
        [References("Device", "Group", "CareTeam", "Organization", "Patient", "Practitioner", "RelatedPerson")]
        public partial ResourceReference? Reference { get; set; }
    }

    [FhirType("Consent.except.data", IsBackboneType = true)]
    public partial class ExceptDataComponent : BackboneElement
    {
        [FhirElement("meaning", Order = 40, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("ConsentDataMeaning")]
        public partial Code<ConsentDataMeaning>? MeaningElement { get; set; }

        [FhirElement("reference", Order = 50, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [References("Resource")]
        public partial ResourceReference? Reference { get; set; }
    }

    [FhirType("Consent.except", IsBackboneType = true)]
    public partial class ExceptComponent : BackboneElement
    {
        [FhirElement("type", Order = 40, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("ConsentExceptType")]
        public partial Code<ConsentExceptType>? TypeElement { get; set; }

        [FhirElement("period", Order = 50, InSummary = true)]
        public partial Period? Period { get; set; }

        [FhirElement("actor", Order = 60, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<ExceptActorComponent> Actor { get; set; }

        [FhirElement("action", Order = 70, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("ConsentAction")]
        public partial List<CodeableConcept> Action { get; set; }

        [FhirElement("securityLabel", Order = 80, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("SecurityLabels")]
        public partial List<Coding> SecurityLabel { get; set; }

        [FhirElement("purpose", Order = 90, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("PurposeOfUse")]
        public partial List<Coding> Purpose { get; set; }

        [FhirElement("class", Order = 100, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("ConsentContentClass")]
        public partial List<Coding> Class { get; set; }

        [FhirElement("code", Order = 110, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("ConsentContentCode")]
        public partial List<Coding> Code { get; set; }

        [FhirElement("dataPeriod", Order = 120, InSummary = true)]
        public partial Period? DataPeriod { get; set; }

        [FhirElement("data", Order = 130, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<ExceptDataComponent> Data { get; set; }
    }
}

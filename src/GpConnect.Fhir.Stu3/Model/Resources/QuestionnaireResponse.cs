using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("QuestionnaireResponse", "http://hl7.org/fhir/StructureDefinition/QuestionnaireResponse")]
public partial class QuestionnaireResponse : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    public partial Identifier? Identifier { get; set; }

    [FhirElement("basedOn", Order = 100, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("ReferralRequest", "CarePlan", "ProcedureRequest")]
    public partial List<ResourceReference> BasedOn { get; set; }

    [FhirElement("parent", Order = 110, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Observation", "Procedure")]
    public partial List<ResourceReference> Parent { get; set; }

    [FhirElement("questionnaire", Order = 120, InSummary = true)]
    [References("Questionnaire")]
    public partial ResourceReference? Questionnaire { get; set; }

    [FhirElement("status", Order = 130, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("QuestionnaireResponseStatus")]
    public partial Code<QuestionnaireResponseStatus>? StatusElement { get; set; }

    [FhirElement("subject", Order = 140, InSummary = true)]
    [References("Resource")]
    public partial ResourceReference? Subject { get; set; }

    [FhirElement("context", Order = 150, InSummary = true)]
    [References("Encounter", "EpisodeOfCare")]
    public partial ResourceReference? Context { get; set; }

    [FhirElement("authored", Order = 160, InSummary = true)]
    public partial FhirDateTime? AuthoredElement { get; set; }

    [FhirElement("author", Order = 170, InSummary = true)]
    [References("Device", "Practitioner", "Patient", "RelatedPerson")]
    public partial ResourceReference? Author { get; set; }

    [FhirElement("source", Order = 180, InSummary = true)]
    [References("Patient", "Practitioner", "RelatedPerson")]
    public partial ResourceReference? Source { get; set; }

    [FhirElement("item", Order = 190)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ItemComponent> Item { get; set; }

    [FhirType("QuestionnaireResponse.item.answer", IsBackboneType = true)]
    public partial class AnswerComponent : BackboneElement
    {
        [FhirElement("value", Order = 40, Choice = ChoiceType.DatatypeChoice)]
        [AllowedTypes(typeof(FhirBoolean), typeof(FhirDecimal), typeof(Integer), typeof(Date), typeof(FhirDateTime), typeof(Time), typeof(FhirString), typeof(FhirUri), typeof(Attachment), typeof(Coding), typeof(Quantity), typeof(ResourceReference))]
        [References("Resource")]
        [Binding("QuestionnaireAnswer")]
        public partial DataType? Value { get; set; }

        [FhirElement("item", Order = 50)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<ItemComponent> Item { get; set; }
    }

    [FhirType("QuestionnaireResponse.item", IsBackboneType = true)]
    public partial class ItemComponent : BackboneElement
    {
        [FhirElement("linkId", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        public partial FhirString? LinkIdElement { get; set; }

        [FhirElement("definition", Order = 50)]
        public partial FhirUri? DefinitionElement { get; set; }

        [FhirElement("text", Order = 60)]
        public partial FhirString? TextElement { get; set; }

        [FhirElement("subject", Order = 70)]
        [References("Resource")]
        public partial ResourceReference? Subject { get; set; }

        [FhirElement("answer", Order = 80)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<AnswerComponent> Answer { get; set; }

        [FhirElement("item", Order = 90)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<ItemComponent> Item { get; set; }
    }
}

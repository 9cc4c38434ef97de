using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;
using Range = Hl7.Fhir.Model.Range;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Task", "http://hl7.org/fhir/StructureDefinition/Task")]
public partial class Task : DomainResource
{
    [FhirElement("identifier", Order = 90)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("definition", Order = 100, InSummary = true, Choice = ChoiceType.DatatypeChoice)]
    [AllowedTypes(typeof(FhirUri), typeof(ResourceReference))]
    [References("ActivityDefinition")]
    public partial DataType? Definition { get; set; }

    [FhirElement("basedOn", Order = 110, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Resource")]
    public partial List<ResourceReference> BasedOn { get; set; }

    [FhirElement("groupIdentifier", Order = 120, InSummary = true)]
    public partial Identifier? GroupIdentifier { get; set; }

    [FhirElement("partOf", Order = 130, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Task")]
    public partial List<ResourceReference> PartOf { get; set; }

    [FhirElement("status", Order = 140, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("TaskStatus")]
    public partial Code<TaskStatus>? StatusElement { get; set; }

    [FhirElement("statusReason", Order = 150, InSummary = true)]
    [Binding("TaskStatusReason")]
    public partial CodeableConcept? StatusReason { get; set; }

    [FhirElement("businessStatus", Order = 160, InSummary = true)]
    [Binding("TaskBusinessStatus")]
    public partial CodeableConcept? BusinessStatus { get; set; }

    [FhirElement("intent", Order = 170, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("TaskIntent")]
    public partial Code<RequestIntent>? IntentElement { get; set; }

    [FhirElement("priority", Order = 180)]
    [Binding("TaskPriority")]
    public partial Code<RequestPriority>? PriorityElement { get; set; }

    [FhirElement("code", Order = 190, InSummary = true)]
    [Binding("TaskCode")]
    public partial CodeableConcept? Code { get; set; }

    [FhirElement("description", Order = 200, InSummary = true)]
    public partial FhirString? DescriptionElement { get; set; }

    [FhirElement("focus", Order = 210, InSummary = true)]
    [References("Resource")]
    public partial ResourceReference? Focus { get; set; }

    [FhirElement("for", Order = 220, InSummary = true)]
    [References("Resource")]
    public partial ResourceReference? For { get; set; }

    [FhirElement("context", Order = 230, InSummary = true)]
    [References("Encounter", "EpisodeOfCare")]
    public partial ResourceReference? Context { get; set; }

    [FhirElement("executionPeriod", Order = 240, InSummary = true)]
    public partial Period? ExecutionPeriod { get; set; }

    [FhirElement("authoredOn", Order = 250)]
    public partial FhirDateTime? AuthoredOnElement { get; set; }

    [FhirElement("lastModified", Order = 260, InSummary = true)]
    public partial FhirDateTime? LastModifiedElement { get; set; }

    [FhirElement("requester", Order = 270, InSummary = true)]
    public partial RequesterComponent? Requester { get; set; }

    [FhirElement("performerType", Order = 280)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("TaskPerformerType")]
    public partial List<CodeableConcept> PerformerType { get; set; }

    [FhirElement("owner", Order = 290, InSummary = true)]
    [References("Device", "Organization", "Patient", "Practitioner", "RelatedPerson")]
    public partial ResourceReference? Owner { get; set; }

    [FhirElement("reason", Order = 300)]
    [Binding("TaskReason")]
    public partial CodeableConcept? Reason { get; set; }

    [FhirElement("note", Order = 310)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Annotation> Note { get; set; }

    [FhirElement("relevantHistory", Order = 320)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Provenance")]
    public partial List<ResourceReference> RelevantHistory { get; set; }

    [FhirElement("restriction", Order = 330)]
    public partial RestrictionComponent? Restriction { get; set; }

    [FhirElement("input", Order = 340)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ParameterComponent> Input { get; set; }

    [FhirElement("output", Order = 350)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<OutputComponent> Output { get; set; }

    [FhirType("Task.requester", IsBackboneType = true)]
    public partial class RequesterComponent : BackboneElement
    {
        [FhirElement("agent", Order = 40, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [References("Device", "Organization", "Patient", "Practitioner", "RelatedPerson")]
        public partial ResourceReference? Agent { get; set; }

        [FhirElement("onBehalfOf", Order = 50)]
        [References("Organization")]
        public partial ResourceReference? OnBehalfOf { get; set; }
    }

    [FhirType("Task.restriction", IsBackboneType = true)]
    public partial class RestrictionComponent : BackboneElement
    {
        [FhirElement("repetitions", Order = 40)]
        public partial PositiveInt? RepetitionsElement { get; set; }

        [FhirElement("period", Order = 50)]
        public partial Period? Period { get; set; }

        [FhirElement("recipient", Order = 60)]
        [Cardinality(Min = 0, Max = -1)]
        [References("Patient", "Practitioner", "RelatedPerson", "Group", "Organization")]
        public partial List<ResourceReference> Recipient { get; set; }
    }

    [FhirType("Task.input", IsBackboneType = true)]
    public partial class ParameterComponent : BackboneElement
    {
        [FhirElement("type", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("TaskInputParameterType")]
        public partial CodeableConcept? Type { get; set; }

        [FhirElement("value", Order = 50, Choice = ChoiceType.DatatypeChoice)]
        [Cardinality(Min = 1, Max = 1)]
        [AllowedTypes(typeof(Base64Binary), typeof(FhirBoolean), typeof(Code), typeof(Date), typeof(FhirDateTime), typeof(FhirDecimal), typeof(Id), typeof(Instant), typeof(Integer), typeof(Markdown), typeof(Oid), typeof(PositiveInt), typeof(FhirString), typeof(Time), typeof(UnsignedInt), typeof(FhirUri), typeof(Address), typeof(Age), typeof(Annotation), typeof(Attachment), typeof(CodeableConcept), typeof(Coding), typeof(ContactPoint), typeof(Count), typeof(Distance), typeof(Duration), typeof(HumanName), typeof(Identifier), typeof(Money), typeof(Period), typeof(Quantity), typeof(Range), typeof(Ratio), typeof(ResourceReference), typeof(SampledData), typeof(Signature), typeof(Timing), typeof(Meta))]
        public partial DataType? Value { get; set; }
    }

    [FhirType("Task.output", IsBackboneType = true)]
    public partial class OutputComponent : BackboneElement
    {
        [FhirElement("type", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("TaskOutputParameterType")]
        public partial CodeableConcept? Type { get; set; }

        [FhirElement("value", Order = 50, Choice = ChoiceType.DatatypeChoice)]
        [Cardinality(Min = 1, Max = 1)]
        [AllowedTypes(typeof(Base64Binary), typeof(FhirBoolean), typeof(Code), typeof(Date), typeof(FhirDateTime), typeof(FhirDecimal), typeof(Id), typeof(Instant), typeof(Integer), typeof(Markdown), typeof(Oid), typeof(PositiveInt), typeof(FhirString), typeof(Time), typeof(UnsignedInt), typeof(FhirUri), typeof(Address), typeof(Age), typeof(Annotation), typeof(Attachment), typeof(CodeableConcept), typeof(Coding), typeof(ContactPoint), typeof(Count), typeof(Distance), typeof(Duration), typeof(HumanName), typeof(Identifier), typeof(Money), typeof(Period), typeof(Quantity), typeof(Range), typeof(Ratio), typeof(ResourceReference), typeof(SampledData), typeof(Signature), typeof(Timing), typeof(Meta))]
        public partial DataType? Value { get; set; }
    }
}

using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("MessageDefinition", "http://hl7.org/fhir/StructureDefinition/MessageDefinition")]
public partial class MessageDefinition : DomainResource
{
    [FhirElement("url", Order = 90, InSummary = true)]
    public partial FhirUri? UrlElement { get; set; }

    [FhirElement("identifier", Order = 100, InSummary = true)]
    public partial Identifier? Identifier { get; set; }

    [FhirElement("version", Order = 110, InSummary = true)]
    public partial FhirString? VersionElement { get; set; }

    [FhirElement("name", Order = 120, InSummary = true)]
    public partial FhirString? NameElement { get; set; }

    [FhirElement("title", Order = 130, InSummary = true)]
    public partial FhirString? TitleElement { get; set; }

    [FhirElement("status", Order = 140, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("PublicationStatus")]
    public partial Code<PublicationStatus>? StatusElement { get; set; }

    [FhirElement("experimental", Order = 150, InSummary = true, IsModifier = true)]
    public partial FhirBoolean? ExperimentalElement { get; set; }

    [FhirElement("date", Order = 160, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    public partial FhirDateTime? DateElement { get; set; }

    [FhirElement("publisher", Order = 170, InSummary = true)]
    public partial FhirString? PublisherElement { get; set; }

    [FhirElement("contact", Order = 180, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ContactDetail> Contact { get; set; }

    [FhirElement("description", Order = 190, InSummary = true)]
    public partial Markdown? DescriptionElement { get; set; }

    [FhirElement("useContext", Order = 200, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<UsageContext> UseContext { get; set; }

    [FhirElement("jurisdiction", Order = 210, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("Jurisdiction")]
    public partial List<CodeableConcept> Jurisdiction { get; set; }

    [FhirElement("purpose", Order = 220, InSummary = true)]
    public partial Markdown? PurposeElement { get; set; }

    [FhirElement("copyright", Order = 230)]
    public partial Markdown? CopyrightElement { get; set; }

    [FhirElement("base", Order = 240, InSummary = true)]
    [References("MessageDefinition")]
    public partial ResourceReference? Base { get; set; }

    [FhirElement("parent", Order = 250, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("ActivityDefinition", "PlanDefinition")]
    public partial List<ResourceReference> Parent { get; set; }

    [FhirElement("replaces", Order = 260, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("MessageDefinition")]
    public partial List<ResourceReference> Replaces { get; set; }

    [FhirElement("event", Order = 270, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("MessageEvent")]
    public partial Coding? Event { get; set; }

    [FhirElement("category", Order = 280, InSummary = true)]
    [Binding("MessageSignificanceCategory")]
    public partial Code<MessageSignificanceCategory>? CategoryElement { get; set; }

    [FhirElement("focus", Order = 290, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<FocusComponent> Focus { get; set; }

    [FhirElement("responseRequired", Order = 300)]
    public partial FhirBoolean? ResponseRequiredElement { get; set; }

    [FhirElement("allowedResponse", Order = 310)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<AllowedResponseComponent> AllowedResponse { get; set; }

    [FhirType("MessageDefinition.focus", IsBackboneType = true)]
    public partial class FocusComponent : BackboneElement
    {
        [FhirElement("code", Order = 40, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("ResourceType")]
        public partial Code<ResourceType>? CodeElement { get; set; }

        [FhirElement("profile", Order = 50)]
        [References("StructureDefinition")]
        public partial ResourceReference? Profile { get; set; }

        [FhirElement("min", Order = 60)]
        public partial UnsignedInt? MinElement { get; set; }

        [FhirElement("max", Order = 70)]
        public partial FhirString? MaxElement { get; set; }
    }

    [FhirType("MessageDefinition.allowedResponse", IsBackboneType = true)]
    public partial class AllowedResponseComponent : BackboneElement
    {
        [FhirElement("message", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        [References("MessageDefinition")]
        public partial ResourceReference? Message { get; set; }

        [FhirElement("situation", Order = 50)]
        public partial Markdown? SituationElement { get; set; }
    }
}

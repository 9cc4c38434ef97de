using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("CapabilityStatement", "http://hl7.org/fhir/StructureDefinition/CapabilityStatement")]
public partial class CapabilityStatement : DomainResource
{
    [FhirElement("url", Order = 90, InSummary = true)]
    public partial FhirUri? UrlElement { get; set; }

    [FhirElement("version", Order = 100, InSummary = true)]
    public partial FhirString? VersionElement { get; set; }

    [FhirElement("name", Order = 110, InSummary = true)]
    public partial FhirString? NameElement { get; set; }

    [FhirElement("title", Order = 120, InSummary = true)]
    public partial FhirString? TitleElement { get; set; }

    [FhirElement("status", Order = 130, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("PublicationStatus")]
    public partial Code<PublicationStatus>? StatusElement { get; set; }

    [FhirElement("experimental", Order = 140, InSummary = true, IsModifier = true)]
    public partial FhirBoolean? ExperimentalElement { get; set; }

    [FhirElement("date", Order = 150, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    public partial FhirDateTime? DateElement { get; set; }

    [FhirElement("publisher", Order = 160, InSummary = true)]
    public partial FhirString? PublisherElement { get; set; }

    [FhirElement("contact", Order = 170, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ContactDetail> Contact { get; set; }

    [FhirElement("description", Order = 180)]
    public partial Markdown? DescriptionElement { get; set; }

    [FhirElement("useContext", Order = 190, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<UsageContext> UseContext { get; set; }

    [FhirElement("jurisdiction", Order = 200, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("Jurisdiction")]
    public partial List<CodeableConcept> Jurisdiction { get; set; }

    [FhirElement("purpose", Order = 210)]
    public partial Markdown? PurposeElement { get; set; }

    [FhirElement("copyright", Order = 220)]
    public partial Markdown? CopyrightElement { get; set; }

    [FhirElement("kind", Order = 230, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("CapabilityStatementKind")]
    public partial Code<CapabilityStatementKind>? KindElement { get; set; }

    [FhirElement("instantiates", Order = 240, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<FhirUri> InstantiatesElement { get; set; }

    [FhirElement("software", Order = 250, InSummary = true)]
    public partial SoftwareComponent? Software { get; set; }

    [FhirElement("implementation", Order = 260, InSummary = true)]
    public partial ImplementationComponent? Implementation { get; set; }

    [FhirElement("fhirVersion", Order = 270, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    public partial Id? FhirVersionElement { get; set; }

    [FhirElement("acceptUnknown", Order = 280, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("UnknownContentCode")]
    public partial Code<UnknownContentCode>? AcceptUnknownElement { get; set; }

    [FhirElement("format", Order = 290, InSummary = true)]
    [Cardinality(Min = 1, Max = -1)]
    [Binding("MimeType")]
    public partial List<Code> FormatElement { get; set; }

    [FhirElement("patchFormat", Order = 300, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("MimeType")]
    public partial List<Code> PatchFormatElement { get; set; }

    [FhirElement("implementationGuide", Order = 310, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<FhirUri> ImplementationGuideElement { get; set; }

    [FhirElement("profile", Order = 320, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("StructureDefinition")]
    public partial List<ResourceReference> Profile { get; set; }

    [FhirElement("rest", Order = 330, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<RestComponent> Rest { get; set; }

    [FhirElement("messaging", Order = 340, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<MessagingComponent> Messaging { get; set; }

    [FhirElement("document", Order = 350, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<DocumentComponent> Document { get; set; }

    [FhirType("CapabilityStatement.software", IsBackboneType = true)]
    public partial class SoftwareComponent : BackboneElement
    {
        [FhirElement("name", Order = 40, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        public partial FhirString? NameElement { get; set; }

        [FhirElement("version", Order = 50, InSummary = true)]
        public partial FhirString? VersionElement { get; set; }

        [FhirElement("releaseDate", Order = 60, InSummary = true)]
        public partial FhirDateTime? ReleaseDateElement { get; set; }
    }

    [FhirType("CapabilityStatement.implementation", IsBackboneType = true)]
    public partial class ImplementationComponent : BackboneElement
    {
        [FhirElement("description", Order = 40, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        public partial FhirString? DescriptionElement { get; set; }

        [FhirElement("url", Order = 50, InSummary = true)]
        public partial FhirUri? UrlElement { get; set; }
    }

    [FhirType("CapabilityStatement.rest.security.certificate", IsBackboneType = true)]
    public partial class CertificateComponent : BackboneElement
    {
        [FhirElement("type", Order = 40)]
        [Binding("MimeType")]
        public partial Code? TypeElement { get; set; }

        [FhirElement("blob", Order = 50)]
        public partial Base64Binary? BlobElement { get; set; }
    }

    [FhirType("CapabilityStatement.rest.security", IsBackboneType = true)]
    public partial class SecurityComponent : BackboneElement
    {
        [FhirElement("cors", Order = 40, InSummary = true)]
        public partial FhirBoolean? CorsElement { get; set; }

        [FhirElement("service", Order = 50, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("RestfulSecurityService")]
        public partial List<CodeableConcept> Service { get; set; }

        [FhirElement("description", Order = 60)]
        public partial FhirString? DescriptionElement { get; set; }

        [FhirElement("certificate", Order = 70)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<CertificateComponent> Certificate { get; set; }
    }

    [FhirType("CapabilityStatement.rest.resource.interaction", IsBackboneType = true)]
    public partial class ResourceInteractionComponent : BackboneElement
    {
        [FhirElement("code", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("TypeRestfulInteraction")]
        public partial Code<TypeRestfulInteraction>? CodeElement { get; set; }

        [FhirElement("documentation", Order = 50)]
        public partial FhirString? DocumentationElement { get; set; }
    }

    [FhirType("CapabilityStatement.rest.resource.searchParam", IsBackboneType = true)]
    public partial class SearchParamComponent : BackboneElement
    {
        [FhirElement("name", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        public partial FhirString? NameElement { get; set; }

        [FhirElement("definition", Order = 50)]
        public partial FhirUri? DefinitionElement { get; set; }

        [FhirElement("type", Order = 60)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("SearchParamType")]
        public partial Code<SearchParamType>? TypeElement { get; set; }

        [FhirElement("documentation", Order = 70)]
        public partial FhirString? DocumentationElement { get; set; }
    }

    [FhirType("CapabilityStatement.rest.resource", IsBackboneType = true)]
    public partial class ResourceComponent : BackboneElement
    {
        [FhirElement("type", Order = 40, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("ResourceType")]
        public partial Code<ResourceType>? TypeElement { get; set; }

        [FhirElement("profile", Order = 50, InSummary = true)]
        [References("StructureDefinition")]
        public partial ResourceReference? Profile { get; set; }

        [FhirElement("documentation", Order = 60)]
        public partial Markdown? DocumentationElement { get; set; }

        [FhirElement("interaction", Order = 70)]
        [Cardinality(Min = 1, Max = -1)]
        public partial List<ResourceInteractionComponent> Interaction { get; set; }

        [FhirElement("versioning", Order = 80)]
        [Binding("ResourceVersionPolicy")]
        public partial Code<ResourceVersionPolicy>? VersioningElement { get; set; }

        [FhirElement("readHistory", Order = 90)]
        public partial FhirBoolean? ReadHistoryElement { get; set; }

        [FhirElement("updateCreate", Order = 100)]
        public partial FhirBoolean? UpdateCreateElement { get; set; }

        [FhirElement("conditionalCreate", Order = 110)]
        public partial FhirBoolean? ConditionalCreateElement { get; set; }

        [FhirElement("conditionalRead", Order = 120)]
        [Binding("ConditionalReadStatus")]
        public partial Code<ConditionalReadStatus>? ConditionalReadElement { get; set; }

        [FhirElement("conditionalUpdate", Order = 130)]
        public partial FhirBoolean? ConditionalUpdateElement { get; set; }

        [FhirElement("conditionalDelete", Order = 140)]
        [Binding("ConditionalDeleteStatus")]
        public partial Code<ConditionalDeleteStatus>? ConditionalDeleteElement { get; set; }

        [FhirElement("referencePolicy", Order = 150)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("ReferenceHandlingPolicy")]
        public partial List<Code<ReferenceHandlingPolicy>> ReferencePolicyElement { get; set; }

        [FhirElement("searchInclude", Order = 160)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<FhirString> SearchIncludeElement { get; set; }

        [FhirElement("searchRevInclude", Order = 170)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<FhirString> SearchRevIncludeElement { get; set; }

        [FhirElement("searchParam", Order = 180)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<SearchParamComponent> SearchParam { get; set; }
    }

    [FhirType("CapabilityStatement.rest.interaction", IsBackboneType = true)]
    public partial class SystemInteractionComponent : BackboneElement
    {
        [FhirElement("code", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("SystemRestfulInteraction")]
        public partial Code<SystemRestfulInteraction>? CodeElement { get; set; }

        [FhirElement("documentation", Order = 50)]
        public partial FhirString? DocumentationElement { get; set; }
    }

    [FhirType("CapabilityStatement.rest.operation", IsBackboneType = true)]
    public partial class OperationComponent : BackboneElement
    {
        [FhirElement("name", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        public partial FhirString? NameElement { get; set; }

        [FhirElement("definition", Order = 50, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [References("OperationDefinition")]
        public partial ResourceReference? Definition { get; set; }
    }

    [FhirType("CapabilityStatement.rest", IsBackboneType = true)]
    public partial class RestComponent : BackboneElement
    {
        [FhirElement("mode", Order = 40, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("RestfulCapabilityMode")]
        public partial Code<RestfulCapabilityMode>? ModeElement { get; set; }

        [FhirElement("documentation", Order = 50)]
        public partial FhirString? DocumentationElement { get; set; }

        [FhirElement("security", Order = 60, InSummary = true)]
        public partial SecurityComponent? Security { get; set; }

        [FhirElement("resource", Order = 70, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<ResourceComponent> Resource { get; set; }

        [FhirElement("interaction", Order = 80)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<SystemInteractionComponent> Interaction { get; set; }

        [FhirElement("searchParam", Order = 90)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<SearchParamComponent> SearchParam { get; set; }

        [FhirElement("operation", Order = 100, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<OperationComponent> Operation { get; set; }

        [FhirElement("compartment", Order = 110)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<FhirUri> CompartmentElement { get; set; }
    }

    [FhirType("CapabilityStatement.messaging.endpoint", IsBackboneType = true)]
    public partial class EndpointComponent : BackboneElement
    {
        [FhirElement("protocol", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("MessageTransport")]
        public partial Coding? Protocol { get; set; }

        [FhirElement("address", Order = 50)]
        [Cardinality(Min = 1, Max = 1)]
        public partial FhirUri? AddressElement { get; set; }
    }

    [FhirType("CapabilityStatement.messaging.supportedMessage", IsBackboneType = true)]
    public partial class SupportedMessageComponent : BackboneElement
    {
        [FhirElement("mode", Order = 40, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("EventCapabilityMode")]
        public partial Code<EventCapabilityMode>? ModeElement { get; set; }

        [FhirElement("definition", Order = 50, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [References("MessageDefinition")]
        public partial ResourceReference? Definition { get; set; }
    }

    [FhirType("CapabilityStatement.messaging.event", IsBackboneType = true)]
    public partial class EventComponent : BackboneElement
    {
        [FhirElement("code", Order = 40, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("MessageEvent")]
        public partial Coding? Code { get; set; }

        [FhirElement("category", Order = 50)]
        [Binding("MessageSignificanceCategory")]
        public partial Code<MessageSignificanceCategory>? CategoryElement { get; set; }

        [FhirElement("mode", Order = 60)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("EventCapabilityMode")]
        public partial Code<EventCapabilityMode>? ModeElement { get; set; }

        [FhirElement("focus", Order = 70)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("ResourceType")]
        public partial Code<ResourceType>? FocusElement { get; set; }

        [FhirElement("request", Order = 80, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [References("StructureDefinition")]
        public partial ResourceReference? Request { get; set; }

        [FhirElement("response", Order = 90, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [References("StructureDefinition")]
        public partial ResourceReference? Response { get; set; }

        [FhirElement("documentation", Order = 100)]
        public partial FhirString? DocumentationElement { get; set; }
    }

    [FhirType("CapabilityStatement.messaging", IsBackboneType = true)]
    public partial class MessagingComponent : BackboneElement
    {
        [FhirElement("endpoint", Order = 40)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<EndpointComponent> Endpoint { get; set; }

        [FhirElement("reliableCache", Order = 50)]
        public partial UnsignedInt? ReliableCacheElement { get; set; }

        [FhirElement("documentation", Order = 60)]
        public partial FhirString? DocumentationElement { get; set; }

        [FhirElement("supportedMessage", Order = 70, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<SupportedMessageComponent> SupportedMessage { get; set; }

        [FhirElement("event", Order = 80, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<EventComponent> Event { get; set; }
    }

    [FhirType("CapabilityStatement.document", IsBackboneType = true)]
    public partial class DocumentComponent : BackboneElement
    {
        [FhirElement("mode", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("DocumentMode")]
        public partial Code<DocumentMode>? ModeElement { get; set; }

        [FhirElement("documentation", Order = 50)]
        public partial FhirString? DocumentationElement { get; set; }

        [FhirElement("profile", Order = 60, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [References("StructureDefinition")]
        public partial ResourceReference? Profile { get; set; }
    }
}

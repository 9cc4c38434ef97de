using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("ResourceType", "http://hl7.org/fhir/ValueSet/resource-types", "http://hl7.org/fhir/resource-types")]
public enum ResourceType
{
    [EnumLiteral("Account", "http://hl7.org/fhir/resource-types")]
    [Description("Account")]
    Account,
    [EnumLiteral("ActivityDefinition", "http://hl7.org/fhir/resource-types")]
    [Description("ActivityDefinition")]
    ActivityDefinition,
    [EnumLiteral("AdverseEvent", "http://hl7.org/fhir/resource-types")]
    [Description("AdverseEvent")]
    AdverseEvent,
    [EnumLiteral("AllergyIntolerance", "http://hl7.org/fhir/resource-types")]
    [Description("AllergyIntolerance")]
    AllergyIntolerance,
    [EnumLiteral("Appointment", "http://hl7.org/fhir/resource-types")]
    [Description("Appointment")]
    Appointment,
    [EnumLiteral("AppointmentResponse", "http://hl7.org/fhir/resource-types")]
    [Description("AppointmentResponse")]
    AppointmentResponse,
    [EnumLiteral("AuditEvent", "http://hl7.org/fhir/resource-types")]
    [Description("AuditEvent")]
    AuditEvent,
    [EnumLiteral("Basic", "http://hl7.org/fhir/resource-types")]
    [Description("Basic")]
    Basic,
    [EnumLiteral("Binary", "http://hl7.org/fhir/resource-types")]
    [Description("Binary")]
    Binary,
    [EnumLiteral("BodySite", "http://hl7.org/fhir/resource-types")]
    [Description("BodySite")]
    BodySite,
    [EnumLiteral("Bundle", "http://hl7.org/fhir/resource-types")]
    [Description("Bundle")]
    Bundle,
    [EnumLiteral("CapabilityStatement", "http://hl7.org/fhir/resource-types")]
    [Description("CapabilityStatement")]
    CapabilityStatement,
    [EnumLiteral("CarePlan", "http://hl7.org/fhir/resource-types")]
    [Description("CarePlan")]
    CarePlan,
    [EnumLiteral("CareTeam", "http://hl7.org/fhir/resource-types")]
    [Description("CareTeam")]
    CareTeam,
    [EnumLiteral("ChargeItem", "http://hl7.org/fhir/resource-types")]
    [Description("ChargeItem")]
    ChargeItem,
    [EnumLiteral("Claim", "http://hl7.org/fhir/resource-types")]
    [Description("Claim")]
    Claim,
    [EnumLiteral("ClaimResponse", "http://hl7.org/fhir/resource-types")]
    [Description("ClaimResponse")]
    ClaimResponse,
    [EnumLiteral("ClinicalImpression", "http://hl7.org/fhir/resource-types")]
    [Description("ClinicalImpression")]
    ClinicalImpression,
    [EnumLiteral("CodeSystem", "http://hl7.org/fhir/resource-types")]
    [Description("CodeSystem")]
    CodeSystem,
    [EnumLiteral("Communication", "http://hl7.org/fhir/resource-types")]
    [Description("Communication")]
    Communication,
    [EnumLiteral("CommunicationRequest", "http://hl7.org/fhir/resource-types")]
    [Description("CommunicationRequest")]
    CommunicationRequest,
    [EnumLiteral("CompartmentDefinition", "http://hl7.org/fhir/resource-types")]
    [Description("CompartmentDefinition")]
    CompartmentDefinition,
    [EnumLiteral("Composition", "http://hl7.org/fhir/resource-types")]
    [Description("Composition")]
    Composition,
    [EnumLiteral("ConceptMap", "http://hl7.org/fhir/resource-types")]
    [Description("ConceptMap")]
    ConceptMap,
    [EnumLiteral("Condition", "http://hl7.org/fhir/resource-types")]
    [Description("Condition")]
    Condition,
    [EnumLiteral("Consent", "http://hl7.org/fhir/resource-types")]
    [Description("Consent")]
    Consent,
    [EnumLiteral("Contract", "http://hl7.org/fhir/resource-types")]
    [Description("Contract")]
    Contract,
    [EnumLiteral("Coverage", "http://hl7.org/fhir/resource-types")]
    [Description("Coverage")]
    Coverage,
    [EnumLiteral("DataElement", "http://hl7.org/fhir/resource-types")]
    [Description("DataElement")]
    DataElement,
    [EnumLiteral("DetectedIssue", "http://hl7.org/fhir/resource-types")]
    [Description("DetectedIssue")]
    DetectedIssue,
    [EnumLiteral("Device", "http://hl7.org/fhir/resource-types")]
    [Description("Device")]
    Device,
    [EnumLiteral("DeviceComponent", "http://hl7.org/fhir/resource-types")]
    [Description("DeviceComponent")]
    DeviceComponent,
    [EnumLiteral("DeviceMetric", "http://hl7.org/fhir/resource-types")]
    [Description("DeviceMetric")]
    DeviceMetric,
    [EnumLiteral("DeviceRequest", "http://hl7.org/fhir/resource-types")]
    [Description("DeviceRequest")]
    DeviceRequest,
    [EnumLiteral("DeviceUseStatement", "http://hl7.org/fhir/resource-types")]
    [Description("DeviceUseStatement")]
    DeviceUseStatement,
    [EnumLiteral("DiagnosticReport", "http://hl7.org/fhir/resource-types")]
    [Description("DiagnosticReport")]
    DiagnosticReport,
    [EnumLiteral("DocumentManifest", "http://hl7.org/fhir/resource-types")]
    [Description("DocumentManifest")]
    DocumentManifest,
    [EnumLiteral("DocumentReference", "http://hl7.org/fhir/resource-types")]
    [Description("DocumentReference")]
    DocumentReference,
    [EnumLiteral("DomainResource", "http://hl7.org/fhir/resource-types")]
    [Description("DomainResource")]
    DomainResource,
    [EnumLiteral("EligibilityRequest", "http://hl7.org/fhir/resource-types")]
    [Description("EligibilityRequest")]
    EligibilityRequest,
    [EnumLiteral("EligibilityResponse", "http://hl7.org/fhir/resource-types")]
    [Description("EligibilityResponse")]
    EligibilityResponse,
    [EnumLiteral("Encounter", "http://hl7.org/fhir/resource-types")]
    [Description("Encounter")]
    Encounter,
    [EnumLiteral("Endpoint", "http://hl7.org/fhir/resource-types")]
    [Description("Endpoint")]
    Endpoint,
    [EnumLiteral("EnrollmentRequest", "http://hl7.org/fhir/resource-types")]
    [Description("EnrollmentRequest")]
    EnrollmentRequest,
    [EnumLiteral("EnrollmentResponse", "http://hl7.org/fhir/resource-types")]
    [Description("EnrollmentResponse")]
    EnrollmentResponse,
    [EnumLiteral("EpisodeOfCare", "http://hl7.org/fhir/resource-types")]
    [Description("EpisodeOfCare")]
    EpisodeOfCare,
    [EnumLiteral("ExpansionProfile", "http://hl7.org/fhir/resource-types")]
    [Description("ExpansionProfile")]
    ExpansionProfile,
    [EnumLiteral("ExplanationOfBenefit", "http://hl7.org/fhir/resource-types")]
    [Description("ExplanationOfBenefit")]
    ExplanationOfBenefit,
    [EnumLiteral("FamilyMemberHistory", "http://hl7.org/fhir/resource-types")]
    [Description("FamilyMemberHistory")]
    FamilyMemberHistory,
    [EnumLiteral("Flag", "http://hl7.org/fhir/resource-types")]
    [Description("Flag")]
    Flag,
    [EnumLiteral("Goal", "http://hl7.org/fhir/resource-types")]
    [Description("Goal")]
    Goal,
    [EnumLiteral("GraphDefinition", "http://hl7.org/fhir/resource-types")]
    [Description("GraphDefinition")]
    GraphDefinition,
    [EnumLiteral("Group", "http://hl7.org/fhir/resource-types")]
    [Description("Group")]
    Group,
    [EnumLiteral("GuidanceResponse", "http://hl7.org/fhir/resource-types")]
    [Description("GuidanceResponse")]
    GuidanceResponse,
    [EnumLiteral("HealthcareService", "http://hl7.org/fhir/resource-types")]
    [Description("HealthcareService")]
    HealthcareService,
    [EnumLiteral("ImagingManifest", "http://hl7.org/fhir/resource-types")]
    [Description("ImagingManifest")]
    ImagingManifest,
    [EnumLiteral("ImagingStudy", "http://hl7.org/fhir/resource-types")]
    [Description("ImagingStudy")]
    ImagingStudy,
    [EnumLiteral("Immunization", "http://hl7.org/fhir/resource-types")]
    [Description("Immunization")]
    Immunization,
    [EnumLiteral("ImmunizationRecommendation", "http://hl7.org/fhir/resource-types")]
    [Description("ImmunizationRecommendation")]
    ImmunizationRecommendation,
    [EnumLiteral("ImplementationGuide", "http://hl7.org/fhir/resource-types")]
    [Description("ImplementationGuide")]
    ImplementationGuide,
    [EnumLiteral("Library", "http://hl7.org/fhir/resource-types")]
    [Description("Library")]
    Library,
    [EnumLiteral("Linkage", "http://hl7.org/fhir/resource-types")]
    [Description("Linkage")]
    Linkage,
    [EnumLiteral("List", "http://hl7.org/fhir/resource-types")]
    [Description("List")]
    List,
    [EnumLiteral("Location", "http://hl7.org/fhir/resource-types")]
    [Description("Location")]
    Location,
    [EnumLiteral("Measure", "http://hl7.org/fhir/resource-types")]
    [Description("Measure")]
    Measure,
    [EnumLiteral("MeasureReport", "http://hl7.org/fhir/resource-types")]
    [Description("MeasureReport")]
    MeasureReport,
    [EnumLiteral("Media", "http://hl7.org/fhir/resource-types")]
    [Description("Media")]
    Media,
    [EnumLiteral("Medication", "http://hl7.org/fhir/resource-types")]
    [Description("Medication")]
    Medication,
    [EnumLiteral("MedicationAdministration", "http://hl7.org/fhir/resource-types")]
    [Description("MedicationAdministration")]
    MedicationAdministration,
    [EnumLiteral("MedicationDispense", "http://hl7.org/fhir/resource-types")]
    [Description("MedicationDispense")]
    MedicationDispense,
    [EnumLiteral("MedicationRequest", "http://hl7.org/fhir/resource-types")]
    [Description("MedicationRequest")]
    MedicationRequest,
    [EnumLiteral("MedicationStatement", "http://hl7.org/fhir/resource-types")]
    [Description("MedicationStatement")]
    MedicationStatement,
    [EnumLiteral("MessageDefinition", "http://hl7.org/fhir/resource-types")]
    [Description("MessageDefinition")]
    MessageDefinition,
    [EnumLiteral("MessageHeader", "http://hl7.org/fhir/resource-types")]
    [Description("MessageHeader")]
    MessageHeader,
    [EnumLiteral("NamingSystem", "http://hl7.org/fhir/resource-types")]
    [Description("NamingSystem")]
    NamingSystem,
    [EnumLiteral("NutritionOrder", "http://hl7.org/fhir/resource-types")]
    [Description("NutritionOrder")]
    NutritionOrder,
    [EnumLiteral("Observation", "http://hl7.org/fhir/resource-types")]
    [Description("Observation")]
    Observation,
    [EnumLiteral("OperationDefinition", "http://hl7.org/fhir/resource-types")]
    [Description("OperationDefinition")]
    OperationDefinition,
    [EnumLiteral("OperationOutcome", "http://hl7.org/fhir/resource-types")]
    [Description("OperationOutcome")]
    OperationOutcome,
    [EnumLiteral("Organization", "http://hl7.org/fhir/resource-types")]
    [Description("Organization")]
    Organization,
    [EnumLiteral("Parameters", "http://hl7.org/fhir/resource-types")]
    [Description("Parameters")]
    Parameters,
    [EnumLiteral("Patient", "http://hl7.org/fhir/resource-types")]
    [Description("Patient")]
    Patient,
    [EnumLiteral("PaymentNotice", "http://hl7.org/fhir/resource-types")]
    [Description("PaymentNotice")]
    PaymentNotice,
    [EnumLiteral("PaymentReconciliation", "http://hl7.org/fhir/resource-types")]
    [Description("PaymentReconciliation")]
    PaymentReconciliation,
    [EnumLiteral("Person", "http://hl7.org/fhir/resource-types")]
    [Description("Person")]
    Person,
    [EnumLiteral("PlanDefinition", "http://hl7.org/fhir/resource-types")]
    [Description("PlanDefinition")]
    PlanDefinition,
    [EnumLiteral("Practitioner", "http://hl7.org/fhir/resource-types")]
    [Description("Practitioner")]
    Practitioner,
    [EnumLiteral("PractitionerRole", "http://hl7.org/fhir/resource-types")]
    [Description("PractitionerRole")]
    PractitionerRole,
    [EnumLiteral("Procedure", "http://hl7.org/fhir/resource-types")]
    [Description("Procedure")]
    Procedure,
    [EnumLiteral("ProcedureRequest", "http://hl7.org/fhir/resource-types")]
    [Description("ProcedureRequest")]
    ProcedureRequest,
    [EnumLiteral("ProcessRequest", "http://hl7.org/fhir/resource-types")]
    [Description("ProcessRequest")]
    ProcessRequest,
    [EnumLiteral("ProcessResponse", "http://hl7.org/fhir/resource-types")]
    [Description("ProcessResponse")]
    ProcessResponse,
    [EnumLiteral("Provenance", "http://hl7.org/fhir/resource-types")]
    [Description("Provenance")]
    Provenance,
    [EnumLiteral("Questionnaire", "http://hl7.org/fhir/resource-types")]
    [Description("Questionnaire")]
    Questionnaire,
    [EnumLiteral("QuestionnaireResponse", "http://hl7.org/fhir/resource-types")]
    [Description("QuestionnaireResponse")]
    QuestionnaireResponse,
    [EnumLiteral("ReferralRequest", "http://hl7.org/fhir/resource-types")]
    [Description("ReferralRequest")]
    ReferralRequest,
    [EnumLiteral("RelatedPerson", "http://hl7.org/fhir/resource-types")]
    [Description("RelatedPerson")]
    RelatedPerson,
    [EnumLiteral("RequestGroup", "http://hl7.org/fhir/resource-types")]
    [Description("RequestGroup")]
    RequestGroup,
    [EnumLiteral("ResearchStudy", "http://hl7.org/fhir/resource-types")]
    [Description("ResearchStudy")]
    ResearchStudy,
    [EnumLiteral("ResearchSubject", "http://hl7.org/fhir/resource-types")]
    [Description("ResearchSubject")]
    ResearchSubject,
    [EnumLiteral("Resource", "http://hl7.org/fhir/resource-types")]
    [Description("Resource")]
    Resource,
    [EnumLiteral("RiskAssessment", "http://hl7.org/fhir/resource-types")]
    [Description("RiskAssessment")]
    RiskAssessment,
    [EnumLiteral("Schedule", "http://hl7.org/fhir/resource-types")]
    [Description("Schedule")]
    Schedule,
    [EnumLiteral("SearchParameter", "http://hl7.org/fhir/resource-types")]
    [Description("SearchParameter")]
    SearchParameter,
    [EnumLiteral("Sequence", "http://hl7.org/fhir/resource-types")]
    [Description("Sequence")]
    Sequence,
    [EnumLiteral("ServiceDefinition", "http://hl7.org/fhir/resource-types")]
    [Description("ServiceDefinition")]
    ServiceDefinition,
    [EnumLiteral("Slot", "http://hl7.org/fhir/resource-types")]
    [Description("Slot")]
    Slot,
    [EnumLiteral("Specimen", "http://hl7.org/fhir/resource-types")]
    [Description("Specimen")]
    Specimen,
    [EnumLiteral("StructureDefinition", "http://hl7.org/fhir/resource-types")]
    [Description("StructureDefinition")]
    StructureDefinition,
    [EnumLiteral("StructureMap", "http://hl7.org/fhir/resource-types")]
    [Description("StructureMap")]
    StructureMap,
    [EnumLiteral("Subscription", "http://hl7.org/fhir/resource-types")]
    [Description("Subscription")]
    Subscription,
    [EnumLiteral("Substance", "http://hl7.org/fhir/resource-types")]
    [Description("Substance")]
    Substance,
    [EnumLiteral("SupplyDelivery", "http://hl7.org/fhir/resource-types")]
    [Description("SupplyDelivery")]
    SupplyDelivery,
    [EnumLiteral("SupplyRequest", "http://hl7.org/fhir/resource-types")]
    [Description("SupplyRequest")]
    SupplyRequest,
    [EnumLiteral("Task", "http://hl7.org/fhir/resource-types")]
    [Description("Task")]
    Task,
    [EnumLiteral("TestReport", "http://hl7.org/fhir/resource-types")]
    [Description("TestReport")]
    TestReport,
    [EnumLiteral("TestScript", "http://hl7.org/fhir/resource-types")]
    [Description("TestScript")]
    TestScript,
    [EnumLiteral("ValueSet", "http://hl7.org/fhir/resource-types")]
    [Description("ValueSet")]
    ValueSet,
    [EnumLiteral("VisionPrescription", "http://hl7.org/fhir/resource-types")]
    [Description("VisionPrescription")]
    VisionPrescription,
}

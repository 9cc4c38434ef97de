namespace GpConnect.Provider.Foundations.Interactions;

/// <summary>
/// Values of <c>Ssp-InteractionID</c> (foundations, "Interaction IDs"). Case-sensitive. Each action declares its own
/// with <see cref="GpConnectInteractionAttribute"/>.
/// </summary>
public static class InteractionIds
{
    private const string Rest = "urn:nhs:names:services:gpconnect:fhir:rest:";
    private const string Operation = "urn:nhs:names:services:gpconnect:fhir:operation:";

    public const string ReadMetadata = Rest + "read:metadata-1";
    public const string ReadPatient = Rest + "read:patient-1";
    public const string SearchPatient = Rest + "search:patient-1";
    public const string ReadPractitioner = Rest + "read:practitioner-1";
    public const string SearchPractitioner = Rest + "search:practitioner-1";
    public const string ReadOrganization = Rest + "read:organization-1";
    public const string SearchOrganization = Rest + "search:organization-1";
    public const string ReadLocation = Rest + "read:location-1";
    public const string RegisterPatient = Operation + "gpc.registerpatient-1";

    public const string SearchSlot = Rest + "search:slot-1";
    public const string ReadAppointment = Rest + "read:appointment-1";
    public const string BookAppointment = Rest + "create:appointment-1";
    public const string AmendAppointment = Rest + "update:appointment-1";
    public const string CancelAppointment = Rest + "cancel:appointment-1";
    public const string SearchPatientAppointments = Rest + "search:patient_appointments-1";

    public const string ReadStructuredMetadata = "urn:nhs:names:services:gpconnect:structured:fhir:rest:read:metadata-1";
    public const string GetStructuredRecord = Operation + "gpc.getstructuredrecord-1";
    public const string MigrateStructuredRecord = Operation + "gpc.migratestructuredrecord-1";

    public const string ReadDocumentsMetadata = "urn:nhs:names:services:gpconnect:documents:fhir:rest:read:metadata-1";
    public const string SearchDocumentsPatient = "urn:nhs:names:services:gpconnect:documents:fhir:rest:search:patient-1";
    public const string SearchDocuments = "urn:nhs:names:services:gpconnect:documents:fhir:rest:search:documentreference-1";
    public const string RetrieveDocument = "urn:nhs:names:services:gpconnect:documents:fhir:rest:read:binary-1";
    public const string MigrateDocument = "urn:nhs:names:services:gpconnect:documents:fhir:rest:migrate:binary-1";
}

namespace GpConnect.Provider.Foundations.Interactions;

/// <summary>
/// The practice-level switch an interaction needs (foundations, "Enablement and governance switches"): GP Connect
/// overall, then the capability's own switch. A disabled one answers 403 <c>ACCESS DENIED</c>.
/// </summary>
public enum GpConnectCapability
{
    /// <summary>No switch: the Foundations CapabilityStatement is always served (foundations, "CapabilityStatement").</summary>
    AlwaysAvailable,

    /// <summary>Foundations reads, searches and register patient: GP Connect overall.</summary>
    Foundations,

    AppointmentManagement,

    AccessRecordStructured,

    /// <summary>GP2GP migrate structured record: Access Record Structured and the practice's migrate switch.</summary>
    MigrateStructuredRecord,

    AccessDocument,

    /// <summary>GP2GP migrate document: Access Document and the practice's migrate switch.</summary>
    MigrateDocument,

    AccessRecordHtml,
}

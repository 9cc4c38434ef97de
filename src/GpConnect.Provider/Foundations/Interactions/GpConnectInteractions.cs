using System.Collections.Frozen;
using static GpConnect.Provider.Foundations.Interactions.GpConnectScopes;
using Capability = GpConnect.Provider.Foundations.Interactions.GpConnectCapability;

namespace GpConnect.Provider.Foundations.Interactions;

/// <summary>
/// The one table of GP Connect interactions: scope, reason for request and capability switch per interaction ID.
/// Scopes follow the security guidance's endpoint table (Patient, Appointment, DocumentReference, Binary:
/// <c>patient/*</c>; Organization, Practitioner, Location, Slot and every <c>/metadata</c>: <c>organization/*</c>)
/// as the assurance test pack applies it. The JWT validator and the test request builder both read it.
/// </summary>
public static class GpConnectInteractions
{
    public static IReadOnlyList<GpConnectInteraction> All { get; } =
    [
        new(InteractionIds.ReadMetadata, OrganizationRead, Capability.AlwaysAvailable),
        new(InteractionIds.ReadPatient, PatientRead, Capability.Foundations),
        new(InteractionIds.SearchPatient, PatientRead, Capability.Foundations),
        new(InteractionIds.ReadPractitioner, OrganizationRead, Capability.Foundations),
        new(InteractionIds.SearchPractitioner, OrganizationRead, Capability.Foundations),
        new(InteractionIds.ReadOrganization, OrganizationRead, Capability.Foundations),
        new(InteractionIds.SearchOrganization, OrganizationRead, Capability.Foundations),
        new(InteractionIds.ReadLocation, OrganizationRead, Capability.Foundations),
        new(InteractionIds.RegisterPatient, PatientWrite, Capability.Foundations),

        new(InteractionIds.SearchSlot, OrganizationRead, Capability.AppointmentManagement),
        new(InteractionIds.ReadAppointment, PatientRead, Capability.AppointmentManagement),
        new(InteractionIds.BookAppointment, PatientWrite, Capability.AppointmentManagement),
        new(InteractionIds.AmendAppointment, PatientWrite, Capability.AppointmentManagement),
        new(InteractionIds.CancelAppointment, PatientWrite, Capability.AppointmentManagement),
        new(InteractionIds.SearchPatientAppointments, PatientRead, Capability.AppointmentManagement),

        new(InteractionIds.ReadStructuredMetadata, OrganizationRead, Capability.AccessRecordStructured),
        new(InteractionIds.GetStructuredRecord, PatientRead, Capability.AccessRecordStructured),
        new(InteractionIds.MigrateStructuredRecord, PatientRead, Capability.MigrateStructuredRecord, ReasonsForRequest.Migration),

        new(InteractionIds.ReadDocumentsMetadata, OrganizationRead, Capability.AccessDocument),
        new(InteractionIds.SearchDocumentsPatient, PatientRead, Capability.AccessDocument),
        new(InteractionIds.SearchDocuments, PatientRead, Capability.AccessDocument),
        new(InteractionIds.RetrieveDocument, PatientRead, Capability.AccessDocument),
        new(InteractionIds.MigrateDocument, PatientRead, Capability.MigrateDocument, ReasonsForRequest.Migration),
    ];

    private static readonly FrozenDictionary<string, GpConnectInteraction> s_byId =
        All.ToFrozenDictionary(interaction => interaction.Id, StringComparer.Ordinal);

    /// <summary>Exact, case-sensitive lookup: a wrong-case interaction ID is a different (unknown) one.</summary>
    public static GpConnectInteraction? Find(string interactionId) => s_byId.GetValueOrDefault(interactionId);

    /// <summary>For declarations in code: an unknown ID there is a programming error, found at start-up.</summary>
    public static GpConnectInteraction Get(string interactionId) =>
        Find(interactionId) ?? throw new ArgumentException($"'{interactionId}' is not a GP Connect interaction in this table.", nameof(interactionId));
}

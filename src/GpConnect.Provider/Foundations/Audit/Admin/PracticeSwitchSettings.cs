using System.Text.Json.Serialization;
using GpConnect.Provider.Store.Entities;

namespace GpConnect.Provider.Foundations.Audit.Admin;

/// <summary>
/// A practice's enablement switches as an administrator sets them (foundations, "Enablement and governance
/// switches"; Access Record Structured, "Clinical-area configuration"). In a request a switch left out is left as
/// it is (a new practice: off, as the spec's defaults are); in a response every switch is given.
/// </summary>
public sealed record PracticeSwitchSettings
{
    public bool? GpConnect { get; init; }

    public bool? AccessRecordHtml { get; init; }

    public bool? AccessRecordStructured { get; init; }

    public bool? AppointmentManagement { get; init; }

    public bool? AccessDocument { get; init; }

    public bool? SendDocument { get; init; }

    public bool? UpdateRecord { get; init; }

    public bool? MigrateRecord { get; init; }

    public bool? Allergies { get; init; }

    public bool? Medications { get; init; }

    public bool? Consultations { get; init; }

    public bool? Problems { get; init; }

    public bool? Immunisations { get; init; }

    public bool? UncategorisedData { get; init; }

    public bool? Investigations { get; init; }

    public bool? Referrals { get; init; }

    public bool? DiaryEntries { get; init; }

    public bool? Documents { get; init; }

    [JsonIgnore]
    public bool IsEmpty => this == new PracticeSwitchSettings();

    public static PracticeSwitchSettings Of(Practice practice)
    {
        ArgumentNullException.ThrowIfNull(practice);
        return new()
        {
            GpConnect = practice.GpConnectEnabled,
            AccessRecordHtml = practice.AccessRecordHtmlEnabled,
            AccessRecordStructured = practice.AccessRecordStructuredEnabled,
            AppointmentManagement = practice.AppointmentManagementEnabled,
            AccessDocument = practice.AccessDocumentEnabled,
            SendDocument = practice.SendDocumentEnabled,
            UpdateRecord = practice.UpdateRecordEnabled,
            MigrateRecord = practice.MigrateRecordEnabled,
            Allergies = practice.AllergiesEnabled,
            Medications = practice.MedicationsEnabled,
            Consultations = practice.ConsultationsEnabled,
            Problems = practice.ProblemsEnabled,
            Immunisations = practice.ImmunisationsEnabled,
            UncategorisedData = practice.UncategorisedDataEnabled,
            Investigations = practice.InvestigationsEnabled,
            Referrals = practice.ReferralsEnabled,
            DiaryEntries = practice.DiaryEntriesEnabled,
            Documents = practice.DocumentsEnabled,
        };
    }

    /// <summary>Sets the switches this request gives and leaves the others.</summary>
    public void ApplyTo(Practice practice)
    {
        ArgumentNullException.ThrowIfNull(practice);
        practice.GpConnectEnabled = GpConnect ?? practice.GpConnectEnabled;
        practice.AccessRecordHtmlEnabled = AccessRecordHtml ?? practice.AccessRecordHtmlEnabled;
        practice.AccessRecordStructuredEnabled = AccessRecordStructured ?? practice.AccessRecordStructuredEnabled;
        practice.AppointmentManagementEnabled = AppointmentManagement ?? practice.AppointmentManagementEnabled;
        practice.AccessDocumentEnabled = AccessDocument ?? practice.AccessDocumentEnabled;
        practice.SendDocumentEnabled = SendDocument ?? practice.SendDocumentEnabled;
        practice.UpdateRecordEnabled = UpdateRecord ?? practice.UpdateRecordEnabled;
        practice.MigrateRecordEnabled = MigrateRecord ?? practice.MigrateRecordEnabled;
        practice.AllergiesEnabled = Allergies ?? practice.AllergiesEnabled;
        practice.MedicationsEnabled = Medications ?? practice.MedicationsEnabled;
        practice.ConsultationsEnabled = Consultations ?? practice.ConsultationsEnabled;
        practice.ProblemsEnabled = Problems ?? practice.ProblemsEnabled;
        practice.ImmunisationsEnabled = Immunisations ?? practice.ImmunisationsEnabled;
        practice.UncategorisedDataEnabled = UncategorisedData ?? practice.UncategorisedDataEnabled;
        practice.InvestigationsEnabled = Investigations ?? practice.InvestigationsEnabled;
        practice.ReferralsEnabled = Referrals ?? practice.ReferralsEnabled;
        practice.DiaryEntriesEnabled = DiaryEntries ?? practice.DiaryEntriesEnabled;
        practice.DocumentsEnabled = Documents ?? practice.DocumentsEnabled;
    }
}

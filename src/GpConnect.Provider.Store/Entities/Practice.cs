namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// A GP practice served by this provider, with its Spine ASID and the enablement switches GP Connect requires:
/// one for GP Connect overall and one per capability, all defaulting to disabled (Foundations, "Enablement and
/// governance switches"), plus the per-clinical-area switches of Access Record Structured ("Clinical-area configuration").
/// </summary>
public class Practice
{
    public int Id { get; set; }

    public int OrganisationId { get; set; }

    public Organisation Organisation { get; set; } = null!;

    /// <summary>The practice system's Accredited System ID (Ssp-To must equal it).</summary>
    public string Asid { get; set; } = "";

    public bool GpConnectEnabled { get; set; }

    public bool AccessRecordHtmlEnabled { get; set; }

    public bool AccessRecordStructuredEnabled { get; set; }

    public bool AppointmentManagementEnabled { get; set; }

    public bool AccessDocumentEnabled { get; set; }

    public bool SendDocumentEnabled { get; set; }

    public bool UpdateRecordEnabled { get; set; }

    public bool MigrateRecordEnabled { get; set; }

    public bool AllergiesEnabled { get; set; }

    public bool MedicationsEnabled { get; set; }

    public bool ConsultationsEnabled { get; set; }

    public bool ProblemsEnabled { get; set; }

    public bool ImmunisationsEnabled { get; set; }

    public bool UncategorisedDataEnabled { get; set; }

    public bool InvestigationsEnabled { get; set; }

    public bool ReferralsEnabled { get; set; }

    public bool DiaryEntriesEnabled { get; set; }

    public bool DocumentsEnabled { get; set; }
}

using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Store.Entities;

namespace GpConnect.Provider.Foundations.Capabilities;

/// <summary>
/// Reads a practice's enablement switches (foundations, "Enablement and governance switches"): GP Connect overall
/// gates every capability, then each capability has its own; GP2GP migration also needs the migrate switch.
/// </summary>
public static class PracticeSwitches
{
    public static bool Allows(this Practice practice, GpConnectCapability capability)
    {
        ArgumentNullException.ThrowIfNull(practice);
        return capability switch
        {
            GpConnectCapability.AlwaysAvailable => true,
            GpConnectCapability.Foundations => practice.GpConnectEnabled,
            GpConnectCapability.AppointmentManagement => practice.GpConnectEnabled && practice.AppointmentManagementEnabled,
            GpConnectCapability.AccessRecordStructured => practice.GpConnectEnabled && practice.AccessRecordStructuredEnabled,
            GpConnectCapability.MigrateStructuredRecord =>
                practice.GpConnectEnabled && practice.AccessRecordStructuredEnabled && practice.MigrateRecordEnabled,
            GpConnectCapability.AccessDocument => practice.GpConnectEnabled && practice.AccessDocumentEnabled,
            GpConnectCapability.MigrateDocument => practice.GpConnectEnabled && practice.AccessDocumentEnabled && practice.MigrateRecordEnabled,
            GpConnectCapability.AccessRecordHtml => practice.GpConnectEnabled && practice.AccessRecordHtmlEnabled,
            _ => false,
        };
    }
}

namespace GpConnect.Provider.Store.Entities;

/// <summary>GPConnect-ReferralUrgency-1 (1 Routine, 2 Urgent, 3 ASAP / two-week wait).</summary>
public enum ReferralPriority
{
    Routine = 1,
    Urgent = 2,
    Asap = 3,
}

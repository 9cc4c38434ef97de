namespace GpConnect.Provider.Store.Entities;

/// <summary>DiagnosticReport.status values GP Connect uses.</summary>
public enum DiagnosticReportStatus
{
    Final,
    Preliminary,
    Unknown,
}

namespace GpConnect.Provider.Foundations.Audit.Admin;

/// <summary>
/// <c>POST /admin/practices</c>: a practice this provider starts to serve, with the ASID Spine allocated to its
/// system and its switches (any left out are off).
/// </summary>
public sealed record PracticeOnboarding(string? OdsCode, string? Name, string? Asid, PracticeSwitchSettings? Switches);

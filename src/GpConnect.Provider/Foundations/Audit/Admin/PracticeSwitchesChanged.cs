namespace GpConnect.Provider.Foundations.Audit.Admin;

/// <summary>
/// The answer to a switch change: the practice as stored now, and how long other requests may still see the old
/// switches (each instance keeps a practice for <c>GpConnect:PracticeCacheLifetime</c>).
/// </summary>
public sealed record PracticeSwitchesChanged(PracticeView Practice, TimeSpan TakesEffectWithin);

using GpConnect.Provider.Foundations.Errors;

namespace GpConnect.Provider.Foundations.Jwt;

/// <summary>
/// One row of the JWT table: what is checked, the Spine code a failure answers with, and the check itself, which
/// returns the diagnostics of a failure (naming the claim) or null when the token passes.
/// </summary>
public sealed record JwtRule(string Name, SpineErrorCode FailureCode, Func<JwtValidationContext, string?> Check);

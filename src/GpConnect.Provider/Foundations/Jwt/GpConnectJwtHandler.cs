using System.Text.Encodings.Web;
using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Foundations.Interactions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GpConnect.Provider.Foundations.Jwt;

/// <summary>
/// Authenticates a GP Connect request by its unsigned JWT (<c>alg: none</c>; the SSP's mutual TLS is what vouches
/// for the caller, so <c>JwtBearer</c>, which needs a signature, cannot be used). The rules live in
/// <see cref="GpConnectJwtValidator"/>; this class runs them for the interaction the request was matched to, turns
/// the claims into the principal and a <see cref="GpConnectCaller"/> feature, and on a challenge rethrows the rule
/// failure, so the consumer gets the OperationOutcome the rule names (GP Connect answers 400, not 401).
/// </summary>
public sealed class GpConnectJwtHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    GpConnectJwtValidator validator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Context.Features.Get<GpConnectInteractionFeature>() is not { } matched)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var token = UnsignedJwtReader.TokenOf(Request.Headers.Authorization.ToString());
        if (token is null)
        {
            return Task.FromResult(AuthenticateResult.Fail(
                new GpConnectException(SpineErrorCode.BadRequest, "The Authorization header must carry 'Bearer' and a GP Connect JWT.")));
        }

        try
        {
            var caller = validator.Validate(token, matched.Interaction);
            Context.Features.Set(caller);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(caller.ToPrincipal(Scheme.Name), Scheme.Name)));
        }
        catch (GpConnectException failure)
        {
            return Task.FromResult(AuthenticateResult.Fail(failure));
        }
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceAsync();
        throw result.Failure as GpConnectException
            ?? new GpConnectException(SpineErrorCode.BadRequest, "The request carries no valid GP Connect JWT.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        throw new GpConnectException(SpineErrorCode.AccessDenied, "The JWT does not permit this interaction.");
}

namespace GpConnect.Provider.Foundations.Jwt;

public static class GpConnectJwtDefaults
{
    /// <summary>The authentication scheme of <see cref="GpConnectJwtHandler"/>.</summary>
    public const string Scheme = "GpConnectJwt";

    /// <summary>The authorisation policy every GP Connect interaction demands: a caller whose JWT passed every rule.</summary>
    public const string CallerPolicy = "GpConnectCaller";
}

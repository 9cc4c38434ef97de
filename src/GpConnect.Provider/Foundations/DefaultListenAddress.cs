namespace GpConnect.Provider.Foundations;

/// <summary>
/// The address the README documents, <c>http://localhost:5080</c>, however the server is started: <c>dotnet run</c>
/// (launchSettings.json says the same), the built DLL, or the published app. ASP.NET Core's own default (port 5000)
/// is never used. Any address the operator gives wins: <c>--urls</c>, <c>ASPNETCORE_URLS</c>,
/// <c>ASPNETCORE_HTTP_PORTS</c> (the container image sets 5080 on every interface) or a <c>Kestrel:Endpoints</c> section.
/// </summary>
public static class DefaultListenAddress
{
    public const string Url = "http://localhost:5080";

    public static WebApplicationBuilder UseDefaultListenAddress(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var operatorChose = !string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey])
            || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpsPortsKey])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!operatorChose)
        {
            builder.WebHost.UseUrls(Url);
        }

        return builder;
    }
}

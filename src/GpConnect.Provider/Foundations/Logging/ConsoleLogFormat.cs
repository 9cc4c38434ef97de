namespace GpConnect.Provider.Foundations.Logging;

/// <summary>
/// The console line every log event is written as, before configuration is read (Program's bootstrap logger) and,
/// by default, after (<c>Serilog:WriteTo:0:Args:outputTemplate</c> in appsettings.json, which must say the same).
/// The request's Ssp-TraceID follows the level, empty on lines that belong to no GP Connect request.
/// </summary>
public static class ConsoleLogFormat
{
    public const string OutputTemplate =
        "[{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} {Level:u3}] {SspTraceId:l} {Message:lj}{NewLine}{Exception}";
}

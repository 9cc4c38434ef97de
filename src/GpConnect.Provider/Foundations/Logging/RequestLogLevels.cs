using Serilog.Events;

namespace GpConnect.Provider.Foundations.Logging;

/// <summary>
/// The level of the one request-completion event, which is also the one event of a failed request: an unexpected
/// failure is an error (the handler attaches its exception, the only stack trace logged); a 503, the store being
/// unavailable, is a warning without a stack trace, since it is answered and expected to pass; every refusal (4xx)
/// is an answer the consumer asked for, logged at information.
/// </summary>
public static class RequestLogLevels
{
    public static LogEventLevel Of(HttpContext context, double elapsedMilliseconds, Exception? exception)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (exception is not null)
        {
            return LogEventLevel.Error;
        }

        return context.Response.StatusCode switch
        {
            StatusCodes.Status503ServiceUnavailable => LogEventLevel.Warning,
            >= StatusCodes.Status500InternalServerError => LogEventLevel.Error,
            _ => LogEventLevel.Information,
        };
    }
}

namespace GpConnect.Provider.Foundations.Errors;

/// <summary>
/// A request GP Connect says to refuse. Thrown anywhere in the pipeline; <see cref="GpConnectExceptionHandler"/>
/// turns it into the OperationOutcome, so no middleware or service writes an error response itself.
/// </summary>
public class GpConnectException(SpineErrorCode error, string diagnostics) : Exception(diagnostics)
{
    public SpineErrorCode Error { get; } = error;

    /// <summary>What the consumer's engineers need to fix the request: the offending header, claim or parameter.</summary>
    public string Diagnostics { get; } = diagnostics;
}

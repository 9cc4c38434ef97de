using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Serialization;

/// <summary>
/// Thrown by <see cref="FhirStu3Serializer"/> when a body is not a valid STU3 resource: malformed JSON/XML,
/// unknown elements, bad codes, bad dates, wrong types. GP Connect answers these with 400 BAD_REQUEST
/// (or 422 INVALID_RESOURCE when the host decides the syntax was fine); <see cref="Issues"/> holds one
/// human-readable line per problem for the OperationOutcome diagnostics.
/// </summary>
public sealed class FhirParseException : Exception
{
    public FhirParseException(string format, IReadOnlyList<string> issues, Base? partialResult = null, Exception? innerException = null)
        : base($"The {format} body is not a valid FHIR STU3 resource: {string.Join("; ", issues)}", innerException)
    {
        Issues = issues;
        PartialResult = partialResult;
    }

    private FhirParseException(string format, string issue, bool isUnreadable)
        : this(format, [issue]) => IsUnreadable = isUnreadable;

    public FhirParseException()
        : this("FHIR", [])
    {
    }

    public FhirParseException(string message)
        : base(message)
    {
        Issues = [message];
    }

    public FhirParseException(string message, Exception innerException)
        : base(message, innerException)
    {
        Issues = [message];
    }

    /// <summary>A body that is not a resource at all (<see cref="IsUnreadable"/>).</summary>
    public static FhirParseException Unreadable(string format, string issue) => new(format, issue, isUnreadable: true);

    /// <summary>One line per problem, e.g. "Found unknown element 'foo' (at Patient.foo)".</summary>
    public IReadOnlyList<string> Issues { get; }

    /// <summary>
    /// The body is not a resource at all, whatever its content: not UTF-8, not a JSON object, nested past the
    /// parser's depth limit, or naming an abstract type. A host answers it as a malformed request (400), unlike a
    /// resource whose content is invalid.
    /// </summary>
    public bool IsUnreadable { get; }

    /// <summary>What could be read before the problems: useful for logging, never for processing.</summary>
    public Base? PartialResult { get; }
}

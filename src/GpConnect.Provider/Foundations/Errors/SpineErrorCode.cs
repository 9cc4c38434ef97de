using Hl7.Fhir.Model;

namespace GpConnect.Provider.Foundations.Errors;

/// <summary>
/// A code of the Spine-ErrorOrWarningCode-1 CodeSystem with the HTTP status and FHIR issue type GP Connect pairs it with.
/// Displays are the CodeSystem's own (the GPConnect-OperationOutcome-1 profile binds them), not the spec tables'
/// paraphrases: https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 and the 1.x error-handling page.
/// </summary>
public sealed record SpineErrorCode(string Code, string Display, int HttpStatus, OperationOutcome.IssueType IssueType)
{
    public const string System = "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1";

    public static readonly SpineErrorCode BadRequest =
        new("BAD_REQUEST", "Bad request", StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Invalid);

    public static readonly SpineErrorCode InvalidResource =
        new("INVALID_RESOURCE", "Invalid validation of resource", StatusCodes.Status422UnprocessableEntity, OperationOutcome.IssueType.Invalid);

    public static readonly SpineErrorCode InvalidParameter =
        new("INVALID_PARAMETER", "Invalid parameter", StatusCodes.Status422UnprocessableEntity, OperationOutcome.IssueType.Invalid);

    /// <summary>The spelling with a space is the CodeSystem's; GP Connect uses it when a practice has switched a capability off.</summary>
    public static readonly SpineErrorCode AccessDenied =
        new("ACCESS DENIED", "Access has been denied to process this request", StatusCodes.Status403Forbidden, OperationOutcome.IssueType.Forbidden);

    public static readonly SpineErrorCode OrganisationNotFound =
        new("ORGANISATION_NOT_FOUND", "Organisation not found", StatusCodes.Status404NotFound, OperationOutcome.IssueType.NotFound);

    public static readonly SpineErrorCode NoRecordFound =
        new("NO_RECORD_FOUND", "No record found", StatusCodes.Status404NotFound, OperationOutcome.IssueType.NotFound);

    public static readonly SpineErrorCode PatientNotFound =
        new("PATIENT_NOT_FOUND", "Patient not found", StatusCodes.Status404NotFound, OperationOutcome.IssueType.NotFound);

    public static readonly SpineErrorCode PractitionerNotFound =
        new("PRACTITIONER_NOT_FOUND", "Practitioner not found", StatusCodes.Status404NotFound, OperationOutcome.IssueType.NotFound);

    public static readonly SpineErrorCode InvalidNhsNumber =
        new("INVALID_NHS_NUMBER", "Invalid NHS number", StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Value);

    public static readonly SpineErrorCode InvalidIdentifierSystem =
        new("INVALID_IDENTIFIER_SYSTEM", "Invalid identifier system", StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Value);

    public static readonly SpineErrorCode InvalidIdentifierValue =
        new("INVALID_IDENTIFIER_VALUE", "Invalid identifier value", StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Value);

    /// <summary>Register patient: the PDS trace failed (not found, unverifiable, deceased or sensitive).</summary>
    public static readonly SpineErrorCode InvalidPatientDemographics =
        new("INVALID_PATIENT_DEMOGRAPHICS", "Invalid patient demographics", StatusCodes.Status400BadRequest, OperationOutcome.IssueType.BusinessRule);

    public static readonly SpineErrorCode DuplicateRejected =
        new("DUPLICATE_REJECTED", "Create would lead to creation of a duplicate resource", StatusCodes.Status409Conflict, OperationOutcome.IssueType.Duplicate);

    /// <summary>GP Connect answers an unsupported Accept/_format/Content-Type with 415 and BAD_REQUEST in the outcome.</summary>
    public static readonly SpineErrorCode UnsupportedMediaType =
        new("BAD_REQUEST", "Bad request", StatusCodes.Status415UnsupportedMediaType, OperationOutcome.IssueType.Invalid);

    /// <summary>
    /// The request is larger or slower than this server accepts (docs/decisions/0010): the Spine CodeSystem has no
    /// code of its own for these, so, as for 415, the HTTP status says which limit and the outcome says BAD_REQUEST.
    /// </summary>
    public static readonly SpineErrorCode PayloadTooLarge =
        new("BAD_REQUEST", "Bad request", StatusCodes.Status413PayloadTooLarge, OperationOutcome.IssueType.TooLong);

    public static readonly SpineErrorCode UriTooLong =
        new("BAD_REQUEST", "Bad request", StatusCodes.Status414UriTooLong, OperationOutcome.IssueType.TooLong);

    public static readonly SpineErrorCode RequestHeadersTooLarge =
        new("BAD_REQUEST", "Bad request", StatusCodes.Status431RequestHeaderFieldsTooLarge, OperationOutcome.IssueType.TooLong);

    public static readonly SpineErrorCode RequestTimeout =
        new("BAD_REQUEST", "Bad request", StatusCodes.Status408RequestTimeout, OperationOutcome.IssueType.Timeout);

    public static readonly SpineErrorCode NotImplemented =
        new("NOT_IMPLEMENTED", "Not implemented", StatusCodes.Status501NotImplemented, OperationOutcome.IssueType.NotSupported);

    public static readonly SpineErrorCode InternalServerError =
        new("INTERNAL_SERVER_ERROR", "Unexpected internal server error", StatusCodes.Status500InternalServerError, OperationOutcome.IssueType.Exception);

    /// <summary>The clinical record store cannot be reached: the request may succeed later, so 503 rather than 500.</summary>
    public static readonly SpineErrorCode StoreUnavailable =
        new("INTERNAL_SERVER_ERROR", "Unexpected internal server error", StatusCodes.Status503ServiceUnavailable, OperationOutcome.IssueType.Transient);
}

using GpConnect.Fhir.Stu3.Serialization;
using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Foundations.Fhir;
using Hl7.Fhir.Model;

namespace GpConnect.Provider.Foundations.Registration;

/// <summary>
/// Reads the register patient body strictly in the format its <c>Content-Type</c> names. The error split follows the
/// assurance test pack (docs/decisions, register patient errors): a body that is not a valid STU3 resource — bad JSON
/// or XML, an unknown <c>resourceType</c> at the top or inside <c>registerPatient</c>, an unknown element — is
/// 422 INVALID_RESOURCE; an empty body or a valid resource of the wrong type is 400 BAD_REQUEST.
/// </summary>
public sealed class RegisterPatientBodyReader(FhirStu3Serializer serializer)
{
    public async Task<Parameters> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var format = string.IsNullOrWhiteSpace(request.ContentType) ? null : GpConnectMediaTypes.Parse(request.ContentType);
        if (format is null)
        {
            throw new GpConnectException(SpineErrorCode.UnsupportedMediaType, $"The Content-Type '{request.ContentType}' is not a FHIR format this server accepts.");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0)
        {
            throw new GpConnectException(SpineErrorCode.BadRequest, "The request has no body; a Parameters resource is required.");
        }

        Resource resource;
        try
        {
            buffer.Position = 0;
            resource = format == FhirFormat.Xml ? serializer.ParseXml(buffer) : serializer.ParseJson(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        catch (FhirParseException ex)
        {
            throw new GpConnectException(SpineErrorCode.InvalidResource, string.Join("; ", ex.Issues));
        }

        return resource as Parameters
            ?? throw new GpConnectException(SpineErrorCode.BadRequest, $"The body must be a Parameters resource, not {resource.TypeName}.");
    }
}

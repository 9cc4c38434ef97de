using GpConnect.Fhir.Stu3.Serialization;
using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.Limits;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Options;

namespace GpConnect.Provider.Foundations.Registration;

/// <summary>
/// Reads the register patient body strictly in the format its <c>Content-Type</c> names. The error split follows the
/// assurance test pack (docs/decisions, register patient errors): a body that is not a valid STU3 resource — bad JSON
/// or XML, an unknown <c>resourceType</c> at the top or inside <c>registerPatient</c>, an unknown element — is
/// 422 INVALID_RESOURCE; an empty body, a body that cannot be a resource at all (not UTF-8, not a JSON object,
/// nested too deep, an abstract type: docs/decisions/0010) or a valid resource of the wrong type is 400 BAD_REQUEST.
/// The body is read up to <see cref="RequestLimitsOptions.MaxRequestBodyBytes"/> and no further (413), whatever the
/// server below enforces.
/// </summary>
public sealed class RegisterPatientBodyReader(FhirStu3Serializer serializer, IOptions<RequestLimitsOptions> limits)
{
    private const int ChunkSize = 16 * 1024;

    public async Task<Parameters> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var format = string.IsNullOrWhiteSpace(request.ContentType) ? null : GpConnectMediaTypes.Parse(request.ContentType);
        if (format is null)
        {
            throw new GpConnectException(SpineErrorCode.UnsupportedMediaType, $"The Content-Type '{request.ContentType}' is not a FHIR format this server accepts.");
        }

        using var buffer = await ReadBoundedAsync(request.Body, cancellationToken);
        if (buffer.Length == 0)
        {
            throw new GpConnectException(SpineErrorCode.BadRequest, "The request has no body; a Parameters resource is required.");
        }

        Resource resource;
        try
        {
            var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
            resource = format == FhirFormat.Xml ? serializer.ParseXml(body) : serializer.ParseJson(body.Span);
        }
        catch (FhirParseException ex)
        {
            throw new GpConnectException(ex.IsUnreadable ? SpineErrorCode.BadRequest : SpineErrorCode.InvalidResource, string.Join("; ", ex.Issues));
        }

        return resource as Parameters
            ?? throw new GpConnectException(SpineErrorCode.BadRequest, $"The body must be a Parameters resource, not {resource.TypeName}.");
    }

    private async Task<MemoryStream> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        var limit = limits.Value.MaxRequestBodyBytes;
        var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                await buffer.DisposeAsync();
                throw RequestLimitsMiddleware.TooLarge(limits.Value);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer;
    }
}

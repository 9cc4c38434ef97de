using GpConnect.Provider.Foundations.Jwt;
using GpConnect.Provider.Foundations.ServiceRoots;
using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;

namespace GpConnect.Provider.Foundations.Audit;

/// <summary>
/// Builds the audit entry of a request from what it carried, as it was at that moment (copied, never joined to
/// current data): the SSP headers, the JWT's user, organisation and device, the patient and the outcome. A rejected
/// request is described as fully as it can be: the claims of a token that failed validation are still read, best
/// effort. Every value goes through <see cref="AuditText"/>: escaped where the store cannot hold it as sent, cut to
/// its column, so nothing a request carries can stop its entry being written.
/// </summary>
public static class AuditEntryFactory
{
    /// <summary>The requesting_* claims are kept whole as JSON; real ones are a few hundred characters.</summary>
    private const int ClaimJsonMaxLength = 4 * FieldLengths.LongText;

    public static AuditEntry Create(HttpContext context, int outcomeHttpStatus, string? outcomeSpineCode, string? patientNhsNumber)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Request.Headers;
        var caller = context.Features.Get<GpConnectCaller>()
            ?? (UnsignedJwtReader.TryReadPayload(headers.Authorization.ToString()) is { } claims ? GpConnectCaller.FromClaims(claims) : null);

        return new AuditEntry
        {
            InteractionId = Cut(headers[GpConnectHeaders.SspInteractionId].ToString(), FieldLengths.InteractionId),
            SspTraceId = Cut(headers[GpConnectHeaders.SspTraceId].ToString(), FieldLengths.TraceId),
            SspFrom = CutOrNull(headers[GpConnectHeaders.SspFrom].ToString(), FieldLengths.Asid),
            SspTo = CutOrNull(headers[GpConnectHeaders.SspTo].ToString(), FieldLengths.Asid),
            PracticeOdsCode = CutOrNull(ServiceRootRequests.AddressedOdsCode(context), FieldLengths.OdsCode),
            HttpMethod = CutOrNull(context.Request.Method, FieldLengths.EnumName),

            // The path only: the query string is not needed to identify the interaction, and the patient is recorded on its own.
            RequestPath = CutOrNull(context.Request.Path.Value, FieldLengths.LongText),
            RequestingUserSdsUserId = CutOrNull(caller?.SdsUserId, FieldLengths.SdsIdentifier),
            RequestingUserSdsRoleProfileId = CutOrNull(caller?.SdsRoleProfileId, FieldLengths.SdsIdentifier),
            RequestingUserName = CutOrNull(caller?.UserName, FieldLengths.Display),
            RequestingOrganisationOdsCode = CutOrNull(caller?.OrganisationOdsCode, FieldLengths.OdsCode),
            RequestingOrganisation = CutOrNull(caller?.RequestingOrganisationJson, ClaimJsonMaxLength),
            RequestingDevice = CutOrNull(caller?.RequestingDeviceJson, ClaimJsonMaxLength),
            ReasonForRequest = CutOrNull(caller?.ReasonForRequest, FieldLengths.EnumName),
            RequestedScope = CutOrNull(caller?.RequestedScope, FieldLengths.ShortText),
            PatientNhsNumber = patientNhsNumber,
            OutcomeHttpStatus = outcomeHttpStatus,
            OutcomeSpineCode = CutOrNull(outcomeSpineCode, FieldLengths.EnumName),
        };
    }

    private static string Cut(string value, int length) => AuditText.Storable(value, length);

    private static string? CutOrNull(string? value, int length) => AuditText.StorableOrNull(value, length);
}

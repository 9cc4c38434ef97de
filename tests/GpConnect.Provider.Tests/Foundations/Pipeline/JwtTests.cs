using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Pipeline;

/// <summary>
/// One test per rule of the JWT table (foundations, "Authorization: the JWT"; PT JWT.feature), each changing one
/// thing in an otherwise valid token. Token and claim problems are 400 BAD_REQUEST; a requesting_* claim that is not
/// a valid STU3 resource is 422 INVALID_RESOURCE; a valid resource of the wrong type is 400 (docs/decisions/0005).
/// </summary>
[Trait("Category", "Integration")]
public sealed class JwtTests(PipelineApiFactory factory) : PipelineTestBase(factory), IClassFixture<PipelineApiFactory>
{
    public static TheoryData<string> RequiredClaims =>
    [
        "iss", "sub", "aud", "exp", "iat", "reason_for_request", "requested_scope",
        "requesting_device", "requesting_organization", "requesting_practitioner",
    ];

    public static TheoryData<string, string> RequestingResources => new()
    {
        { "requesting_device", "Device" },
        { "requesting_organization", "Organization" },
        { "requesting_practitioner", "Practitioner" },
    };

    [Fact]
    public async Task GivenAValidToken_WhenGettingMetadata_ThenReturns200()
    {
        using var response = await Factory.SendAsync(Metadata());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GivenATokenWithoutTheTrailingDot_WhenGettingMetadata_ThenReturns400()
    {
        var request = Metadata();
        request.WithRawAuthorization("Bearer " + request.BuildJwt().TrimEnd('.'));

        await ShouldBeBadRequestAsync(request, "empty signature");
    }

    [Fact]
    public async Task GivenASignedToken_WhenGettingMetadata_ThenReturns400()
    {
        var request = Metadata();
        request.WithRawAuthorization("Bearer " + request.BuildJwt() + "c2lnbmF0dXJl");

        await ShouldBeBadRequestAsync(request, "empty signature");
    }

    [Fact]
    public async Task GivenAPayloadWithBase64Padding_WhenGettingMetadata_ThenReturns400()
    {
        var request = Metadata();
        var segments = request.BuildJwt().Split('.');
        var padded = PaddedBase64(Encoding.UTF8.GetString(Convert.FromBase64String(ToStandardBase64(segments[1]))));
        request.WithRawAuthorization($"Bearer {segments[0]}.{padded}.");

        await ShouldBeBadRequestAsync(request, "base64url");
    }

    [Fact]
    public async Task GivenAPayloadInStandardBase64WithPlusOrSlash_WhenGettingMetadata_ThenReturns400()
    {
        // Three '?' (0x3F) in the unchecked aud value: one always falls where base64 writes its low six bits, '/'.
        var request = Metadata().WithClaim("aud", "https://providersupplier.thirdparty.nhs.uk/GP0001/STU3/1???");
        var segments = request.BuildJwt().Split('.');
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(ToStandardBase64(segments[1])));
        var standard = Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=');
        standard.Should().Contain("/");
        request.WithRawAuthorization($"Bearer {segments[0]}.{standard}.");

        await ShouldBeBadRequestAsync(request, "base64url");
    }

    [Fact]
    public async Task GivenAPayloadThatIsNotBase64Encoded_WhenGettingMetadata_ThenReturns400()
    {
        var request = Metadata();
        var segments = request.BuildJwt().Split('.');
        request.WithRawAuthorization($"Bearer {segments[0]}.{{\"iss\":\"x\"}}.");

        await ShouldBeBadRequestAsync(request, "payload");
    }

    [Theory]
    [InlineData("""{"alg":"HS256","typ":"JWT"}""")]
    [InlineData("""{"alg":"none"}""")]
    [InlineData("""{"alg":"none","typ":"JWT","kid":"1"}""")]
    [InlineData("""{"alg":"None","typ":"JWT"}""")]
    public async Task GivenAJwtHeaderOtherThanAlgNoneTypJwt_WhenGettingMetadata_ThenReturns400(string header)
    {
        var request = Metadata().WithJwtHeader(JsonNode.Parse(header)!.AsObject());

        await ShouldBeBadRequestAsync(request, "header");
    }

    [Theory]
    [MemberData(nameof(RequiredClaims))]
    public async Task GivenAMissingClaim_WhenGettingMetadata_ThenReturns400NamingIt(string claim)
    {
        var request = Metadata().WithoutClaim(claim);

        await ShouldBeBadRequestAsync(request, claim);
    }

    [Theory]
    [MemberData(nameof(RequiredClaims))]
    public async Task GivenANullClaim_WhenGettingMetadata_ThenReturns400NamingIt(string claim)
    {
        var request = Metadata().WithClaim(claim, null);

        await ShouldBeBadRequestAsync(request, claim);
    }

    [Theory]
    [InlineData("exp")]
    [InlineData("iat")]
    public async Task GivenATimeClaimSentAsAString_WhenGettingMetadata_ThenReturns400NamingIt(string claim)
    {
        var request = Metadata();
        var value = claim == "exp" ? request.IssuedAt + 300 : request.IssuedAt;
        request.WithClaim(claim, GpConnectRequestBuilder.AsString(value));

        await ShouldBeBadRequestAsync(request, claim);
    }

    [Theory]
    [InlineData(299)]
    [InlineData(301)]
    [InlineData(-1)]
    public async Task GivenAnExpiryOtherThanIssuedAtPlus300_WhenGettingMetadata_ThenReturns400(int lifetime)
    {
        var request = Metadata();
        request.WithClaim("exp", request.IssuedAt + lifetime);

        await ShouldBeBadRequestAsync(request, "exp");
    }

    [Fact]
    public async Task GivenATokenIssued600SecondsAgo_WhenGettingMetadata_ThenReturns400Expired()
    {
        // PT "Consumer clock is slow 600s": exp = iat + 300 is already past.
        var issuedAt = Factory.Clock.GetUtcNow().AddSeconds(-600).ToUnixTimeSeconds();
        var request = Metadata().WithClaim("iat", issuedAt).WithClaim("exp", issuedAt + 300);

        await ShouldBeBadRequestAsync(request, "expired");
    }

    [Fact]
    public async Task GivenATokenWhoseExpiryIsNow_WhenGettingMetadata_ThenReturns400Expired()
    {
        var issuedAt = Factory.Clock.GetUtcNow().AddSeconds(-300).ToUnixTimeSeconds();
        var request = Metadata().WithClaim("iat", issuedAt).WithClaim("exp", issuedAt + 300);

        await ShouldBeBadRequestAsync(request, "expired");
    }

    [Fact]
    public async Task GivenATokenIssued200SecondsInTheFuture_WhenGettingMetadata_ThenReturns200()
    {
        // Assurance test pack #188 over the spec's silence: a consumer clock that runs fast is not refused (docs/decisions/0005).
        var issuedAt = Factory.Clock.GetUtcNow().AddSeconds(200).ToUnixTimeSeconds();
        var request = Metadata().WithClaim("iat", issuedAt).WithClaim("exp", issuedAt + 300);

        using var response = await Factory.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("notdirectcare")]
    [InlineData("DirectCare")]
    [InlineData("migration")]
    public async Task GivenAReasonForRequestOtherThanDirectCare_WhenGettingMetadata_ThenReturns400(string reason)
    {
        var request = Metadata().WithClaim("reason_for_request", reason);

        await ShouldBeBadRequestAsync(request, "reason_for_request");
    }

    [Fact]
    public async Task GivenReasonMigration_WhenMigratingAStructuredRecord_ThenReturns200()
    {
        var request = Migrate();

        using var response = await Factory.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GivenReasonDirectCare_WhenMigratingAStructuredRecord_ThenReturns400()
    {
        var request = Migrate().WithClaim("reason_for_request", "directcare");

        await ShouldBeBadRequestAsync(request, "reason_for_request");
    }

    [Theory]
    [InlineData("patient/*.read")]
    [InlineData("organization/*.write")]
    [InlineData("encounter/*.read")]
    [InlineData("organization/*.read/extra")]
    public async Task GivenAScopeThatDoesNotFitTheInteraction_WhenGettingMetadata_ThenReturns400(string scope)
    {
        var request = Metadata().WithScope(scope);

        await ShouldBeBadRequestAsync(request, "requested_scope");
    }

    [Fact]
    public async Task GivenAPatientWriteScope_WhenReadingAPatient_ThenReturns400()
    {
        var request = ProbeRead().WithScope("patient/*.write");

        await ShouldBeBadRequestAsync(request, "requested_scope");
    }

    [Fact]
    public async Task GivenTheScopeWithConfidentialityNormal_WhenReadingAPatient_ThenReturns200()
    {
        // 1.6 adds the confidentiality part; the claim is split on spaces, not compared whole.
        var request = ProbeRead().WithScope("patient/*.read conf/N");

        using var response = await Factory.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("patient/*.read conf/R")]
    [InlineData("patient/*.read conf/X")]
    [InlineData("patient/*.read conf/N conf/N")]
    public async Task GivenAConfidentialityPartOtherThanNormal_WhenReadingAPatient_ThenReturns400(string scope)
    {
        var request = ProbeRead().WithScope(scope);

        await ShouldBeBadRequestAsync(request, "requested_scope");
    }

    [Fact]
    public async Task GivenConfidentialityRestricted_WhenMigratingAStructuredRecord_ThenReturns200()
    {
        var request = Migrate().WithScope("patient/*.read conf/R");

        using var response = await Factory.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GivenAZeroXRequestedRecordClaim_WhenGettingMetadata_ThenReturns400()
    {
        var request = Metadata().WithClaim("requested_record", new JsonObject { ["resourceType"] = "Organization" });

        await ShouldBeBadRequestAsync(request, "requested_record");
    }

    [Theory]
    [MemberData(nameof(RequestingResources))]
    public async Task GivenARequestingResourceWithAnElementStu3DoesNotHave_WhenGettingMetadata_ThenReturns422InvalidResource(string claim, string type)
    {
        var resource = DefaultResource(claim);
        resource["notAnStu3Element"] = "x";
        var request = Metadata().WithClaim(claim, resource);

        await ShouldBeInvalidResourceAsync(request, claim, type);
    }

    [Theory]
    [MemberData(nameof(RequestingResources))]
    public async Task GivenARequestingResourceOfAnUnknownResourceType_WhenGettingMetadata_ThenReturns422InvalidResource(string claim, string type)
    {
        var resource = DefaultResource(claim);
        resource["resourceType"] = "InvalidResourceType";
        var request = Metadata().WithClaim(claim, resource);

        await ShouldBeInvalidResourceAsync(request, claim, type);
    }

    public static TheoryData<string, string, string> AbstractResourceTypes => new()
    {
        { "requesting_device", "Device", "Resource" },
        { "requesting_organization", "Organization", "DomainResource" },
        { "requesting_practitioner", "Practitioner", "Resource" },
        { "requesting_practitioner", "Practitioner", "DomainResource" },
    };

    [Theory]
    [MemberData(nameof(AbstractResourceTypes))]
    public async Task GivenARequestingResourceOfAnAbstractType_WhenGettingMetadata_ThenReturns422InvalidResource(string claim, string type, string abstractType)
    {
        var request = Metadata().WithClaim(claim, new JsonObject { ["resourceType"] = abstractType, ["id"] = GpConnectRequestBuilder.PractitionerId });

        await ShouldBeInvalidResourceAsync(request, claim, type);
    }

    [Fact]
    public async Task GivenAPayloadThatRepeatsAClaim_WhenGettingMetadata_ThenReturns400AndIsAudited()
    {
        var request = Metadata();
        request.WithRawPayload(Encoding.UTF8.GetBytes(request.ClaimsJson()[..^1] + $",\"sub\":\"{GpConnectRequestBuilder.PractitionerId}\"}}"));

        await ShouldBeBadRequestAsync(request, "each name once");
    }

    [Theory]
    [MemberData(nameof(RequestingResources))]
    public async Task GivenARequestingResourceThatRepeatsAnElement_WhenGettingMetadata_ThenReturns400AndIsAudited(string claim, string type)
    {
        var request = Metadata();
        var resource = $"\"{claim}\":{{\"resourceType\":\"{type}\"";
        var claims = request.ClaimsJson();
        claims.Should().Contain(resource);
        request.WithRawPayload(Encoding.UTF8.GetBytes(claims.Replace(resource, $"{resource},\"resourceType\":\"{type}\"", StringComparison.Ordinal)));

        await ShouldBeBadRequestAsync(request, "each name once");
    }

    [Fact]
    public async Task GivenAClaimThatIsNotUtf8_WhenGettingMetadata_ThenReturns400AndTheEntryKeepsTheCallerWithTheBytesEscaped()
    {
        var request = Metadata();
        var payload = Encoding.UTF8.GetBytes(request.ClaimsJson().Replace("\"Jones\"", "\"Jo#nes\"", StringComparison.Ordinal));
        payload[Array.IndexOf(payload, (byte)'#')] = 0xFF;
        request.WithRawPayload(payload);

        await ShouldBeBadRequestAsync(request, "UTF-8");
        var entry = await Factory.SingleAuditEntryAsync(request.SspTraceId);
        entry.RequestingUserName.Should().Be("Dr Claire Jo\\xFFnes");
        entry.RequestingUserSdsUserId.Should().Be(GpConnectRequestBuilder.SdsUserId);
    }

    [Theory]
    [MemberData(nameof(RequestingResources))]
    public async Task GivenARequestingResourceThatIsNotAJsonObject_WhenGettingMetadata_ThenReturns422InvalidResource(string claim, string type)
    {
        var request = Metadata().WithClaim(claim, type);

        await ShouldBeInvalidResourceAsync(request, claim, type);
    }

    [Theory]
    [MemberData(nameof(RequestingResources))]
    public async Task GivenAValidResourceOfTheWrongType_WhenGettingMetadata_ThenReturns400(string claim, string type)
    {
        var request = Metadata().WithClaim(claim, new JsonObject { ["resourceType"] = "Patient", ["id"] = "1" });

        var diagnostics = await ShouldBeBadRequestAsync(request, claim);
        diagnostics.Should().Contain(type);
    }

    [Fact]
    public async Task GivenARequestingOrganizationWithoutAnIdentifier_WhenGettingMetadata_ThenReturns400()
    {
        var organisation = GpConnectRequestBuilder.RequestingOrganization();
        organisation.Remove("identifier");
        var request = Metadata().WithClaim("requesting_organization", organisation);

        await ShouldBeBadRequestAsync(request, "requesting_organization");
    }

    [Fact]
    public async Task GivenARequestingOrganizationWithoutAnOdsCode_WhenGettingMetadata_ThenReturns400()
    {
        var organisation = GpConnectRequestBuilder.RequestingOrganization();
        organisation["identifier"]![0]!["system"] = "https://consumersupplier.com/Id/organisation";
        var request = Metadata().WithClaim("requesting_organization", organisation);

        await ShouldBeBadRequestAsync(request, "ods-organization-code");
    }

    [Fact]
    public async Task GivenARequestingOrganizationWithTheLegacyOdsSystem_WhenGettingMetadata_ThenReturns200()
    {
        var organisation = GpConnectRequestBuilder.RequestingOrganization();
        organisation["identifier"]![0]!["system"] = "http://fhir.nhs.net/Id/ods-organization-code";
        var request = Metadata().WithClaim("requesting_organization", organisation);

        using var response = await Factory.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GivenASubOtherThanThePractitionerId_WhenGettingMetadata_ThenReturns400()
    {
        var request = Metadata().WithClaim("sub", "10020");

        var diagnostics = await ShouldBeBadRequestAsync(request, "sub");
        diagnostics.Should().Contain("requesting_practitioner.id");
    }

    [Fact]
    public async Task GivenRequestingResourcesAcceptedOnAnEarlierRequest_WhenTheSubNoLongerMatches_ThenStillReturns400()
    {
        using (var accepted = await Factory.SendAsync(Metadata()))
        {
            accepted.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        // The same requesting_* texts, already parsed once: every rule after the parse still runs.
        var request = Metadata().WithClaim("sub", "10020");

        var diagnostics = await ShouldBeBadRequestAsync(request, "sub");
        diagnostics.Should().Contain("requesting_practitioner.id");
    }

    [Fact]
    public async Task GivenARequestingPractitionerWithoutAnSdsUserId_WhenGettingMetadata_ThenReturns400()
    {
        var practitioner = GpConnectRequestBuilder.RequestingPractitioner();
        practitioner["identifier"]!.AsArray().RemoveAt(0);
        var request = Metadata().WithClaim("requesting_practitioner", practitioner);

        await ShouldBeBadRequestAsync(request, "sds-user-id");
    }

    [Fact]
    public async Task GivenARequestingPractitionerWithoutAnyIdentifier_WhenGettingMetadata_ThenReturns400()
    {
        var practitioner = GpConnectRequestBuilder.RequestingPractitioner();
        practitioner.Remove("identifier");
        var request = Metadata().WithClaim("requesting_practitioner", practitioner);

        await ShouldBeBadRequestAsync(request, "requesting_practitioner");
    }

    [Theory]
    [InlineData("http://fhir.nhs.net/sds-user-id")]
    [InlineData("http://fhir.nhs.net/Id/sds-user-id")]
    public async Task GivenARequestingPractitionerWithALegacySdsUserIdSystem_WhenGettingMetadata_ThenReturns200(string system)
    {
        var practitioner = GpConnectRequestBuilder.RequestingPractitioner();
        practitioner["identifier"]![0]!["system"] = system;
        var request = Metadata().WithClaim("requesting_practitioner", practitioner);

        using var response = await Factory.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GivenUnknownSdsIds_WhenGettingMetadata_ThenReturns200()
    {
        var practitioner = GpConnectRequestBuilder.RequestingPractitioner();
        practitioner["identifier"]![0]!["value"] = "UNK";
        practitioner["identifier"]![1]!["value"] = "UNK";
        var request = Metadata().WithClaim("requesting_practitioner", practitioner);

        using var response = await Factory.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GivenNoRoleProfileIdAndNoLocalUserId_WhenGettingMetadata_ThenReturns200()
    {
        // PT "Missing sdsRoleProfile and guid": tolerated.
        var practitioner = GpConnectRequestBuilder.RequestingPractitioner();
        practitioner["identifier"]!.AsArray().RemoveAt(2);
        practitioner["identifier"]!.AsArray().RemoveAt(1);
        var request = Metadata().WithClaim("requesting_practitioner", practitioner);

        using var response = await Factory.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GivenARequestingPractitionerWithoutAFamilyName_WhenGettingMetadata_ThenReturns400()
    {
        var practitioner = GpConnectRequestBuilder.RequestingPractitioner();
        practitioner.Remove("name");
        var request = Metadata().WithClaim("requesting_practitioner", practitioner);

        await ShouldBeBadRequestAsync(request, "family name");
    }

    [Fact]
    public async Task GivenAValidToken_WhenReadingAPatient_ThenTheCallerIsAuditedAsTheJwtDescribesThem()
    {
        var request = ProbeRead();

        using var response = await Factory.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var entry = await Factory.SingleAuditEntryAsync(request.SspTraceId);
        entry.RequestingUserSdsUserId.Should().Be(GpConnectRequestBuilder.SdsUserId);
        entry.RequestingUserSdsRoleProfileId.Should().Be(GpConnectRequestBuilder.SdsRoleProfileId);
        entry.RequestingUserName.Should().Be("Dr Claire Jones");
        entry.RequestingOrganisationOdsCode.Should().Be(GpConnectRequestBuilder.RequestingOrganisationOdsCode);
        entry.ReasonForRequest.Should().Be("directcare");
        entry.RequestedScope.Should().Be("patient/*.read");
    }

    private GpConnectRequestBuilder Migrate() =>
        new(HttpMethod.Get, PipelineProbeController.MigratePath, InteractionIds.MigrateStructuredRecord, Factory.Clock);

    private async Task ShouldBeInvalidResourceAsync(GpConnectRequestBuilder request, string claim, string type)
    {
        using var response = await Factory.SendAsync(request);
        var diagnostics = await response.ShouldBeRefusedAsync(
            Factory, request.SspTraceId, HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE", claim);
        diagnostics.Should().NotContain($"must be a {type}", "an invalid resource is not reported as a wrong type");
    }

    private static JsonObject DefaultResource(string claim) => claim switch
    {
        "requesting_device" => GpConnectRequestBuilder.RequestingDevice(),
        "requesting_organization" => GpConnectRequestBuilder.RequestingOrganization(),
        _ => GpConnectRequestBuilder.RequestingPractitioner(),
    };

    private static string ToStandardBase64(string base64Url)
    {
        var standard = base64Url.Replace('-', '+').Replace('_', '/');
        return standard.PadRight(standard.Length + ((4 - (standard.Length % 4)) % 4), '=');
    }

    /// <summary>Base64url of the JSON with its '=' padding kept (whitespace added until padding is needed).</summary>
    private static string PaddedBase64(string json)
    {
        while (Encoding.UTF8.GetByteCount(json) % 3 == 0)
        {
            json += " ";
        }

        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).Replace('+', '-').Replace('/', '_');
    }
}

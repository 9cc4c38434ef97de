using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Tests.Infrastructure;

namespace GpConnect.Provider.Tests.Fuzz;

/// <summary>
/// Makes the fuzz run's requests from one seeded <see cref="Random"/>, so a seed replays a run. Each starts as a valid
/// request for one interaction of the README's service roots (served or planned), built by
/// <see cref="GpConnectRequestBuilder"/>, and is then broken in one family of ways: SSP headers, the JWT, the query,
/// the path, the method, content negotiation, sizes beyond the server's limits, or (register patient) the body.
/// </summary>
internal sealed class RequestFuzzer
{
    private const string DemoPractice = GpConnectApiFactoryBase.DemoPracticeOdsCode;
    private const string NhsNumberSystem = "https://fhir.nhs.uk/Id/nhs-number";

    private static readonly Interaction s_registerPatient =
        new(HttpMethod.Post, "", "/Patient/$gpc.registerpatient", InteractionIds.RegisterPatient, Kind.Register);

    private static readonly Interaction[] s_served =
    [
        new(HttpMethod.Get, "", "/metadata", InteractionIds.ReadMetadata, Kind.Plain),
        new(HttpMethod.Get, "/structured", "/metadata", InteractionIds.ReadStructuredMetadata, Kind.Plain),
        new(HttpMethod.Get, "/documents", "/metadata", InteractionIds.ReadDocumentsMetadata, Kind.Plain),
        new(HttpMethod.Get, "", "/Patient", InteractionIds.SearchPatient, Kind.NhsNumberSearch),
        new(HttpMethod.Get, "", "/Patient", InteractionIds.SearchPatient, Kind.NhsNumberSearch),
        new(HttpMethod.Get, "", "/Patient/{id}", InteractionIds.ReadPatient, Kind.Read),
        new(HttpMethod.Get, "", "/Practitioner", InteractionIds.SearchPractitioner, Kind.SdsSearch),
        new(HttpMethod.Get, "", "/Practitioner/{id}", InteractionIds.ReadPractitioner, Kind.Read),
        new(HttpMethod.Get, "", "/Organization", InteractionIds.SearchOrganization, Kind.OdsSearch),
        new(HttpMethod.Get, "", "/Organization/{id}", InteractionIds.ReadOrganization, Kind.Read),
        new(HttpMethod.Get, "", "/Location/{id}", InteractionIds.ReadLocation, Kind.Read),
    ];

    /// <summary>Interactions of the README's roots that are not served yet: their answer is a 404 OperationOutcome, audited.</summary>
    private static readonly Interaction[] s_planned =
    [
        new(HttpMethod.Get, "", "/Slot", InteractionIds.SearchSlot, Kind.Plain),
        new(HttpMethod.Get, "", "/Appointment/{id}", InteractionIds.ReadAppointment, Kind.Read),
        new(HttpMethod.Post, "", "/Appointment", InteractionIds.BookAppointment, Kind.Plain),
        new(HttpMethod.Get, "", "/Patient/{id}/Appointment", InteractionIds.SearchPatientAppointments, Kind.Read),
        new(HttpMethod.Post, "/structured", "/Patient/$gpc.getstructuredrecord", InteractionIds.GetStructuredRecord, Kind.Plain),
        new(HttpMethod.Get, "/documents", "/Patient", InteractionIds.SearchDocumentsPatient, Kind.NhsNumberSearch),
        new(HttpMethod.Get, "/documents", "/Binary/{id}", InteractionIds.RetrieveDocument, Kind.Read),
    ];

    private static readonly string[] s_sspHeaders = ["Ssp-TraceID", "Ssp-From", "Ssp-To", "Ssp-InteractionID", "Authorization"];

    private static readonly string[] s_methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FUZZ"];

    private static readonly string[] s_accepts =
        ["application/fhir+xml", "application/fhir+json", "application/xml", "application/json", "text/html", "*/*", "application/fhir+xml;q=0", "image/png", "application/fhir+xml, application/fhir+json;q=0.1", ""];

    private static readonly string[] s_formats = ["xml", "json", "application/fhir+xml", "application/fhir+json", "text/xml", "html", "", "xml,json", "application%2Ffhir%2Bxml"];

    private static readonly string[] s_escapes =
        ["/health/live", "/health/ready", "/swagger/index.html", "/admin/practices/B82617/audit", "/", "/B82617", "/B82617/STU3/1"];

    private static readonly string[] s_extraPaths =
        ["/Patient/1/_history/1", "/Patient/1/$everything", "/Foo", "", "/", "/Patient/", "/Patient/$gpc.registerpatient/1", "/metadata/metadata", "/Patient/1/Patient/1", "/Patient?", "/$meta"];

    private readonly FuzzText _text;
    private readonly FuzzJwts _jwts;
    private readonly RegisterPatientBodies _bodies;
    private readonly Uri _server;
    private readonly TimeProvider _clock;

    public RequestFuzzer(int seed, Uri server, TimeProvider clock)
    {
        _text = new FuzzText(new Random(seed));
        _jwts = new FuzzJwts(_text);
        _bodies = new RegisterPatientBodies(_text);
        _server = server;
        _clock = clock;
    }

    /// <summary>Every ten-digit number the requests made so far carried.</summary>
    public IReadOnlyCollection<string> NhsNumbersSent => _text.NhsNumbersSent;

    public FuzzedRequest Next(int number)
    {
        var interaction = _text.Random.Next(20) switch
        {
            < 5 => s_registerPatient,
            < 7 => _text.Pick(s_planned),
            _ => _text.Pick(s_served),
        };
        var method = interaction.Method.Method;
        var path = Path(interaction);
        var query = Query(interaction.Kind);
        var shape = "valid";
        (string Shape, byte[] Bytes, string? ContentType)? body = interaction.Kind == Kind.Register ? _bodies.Next() : null;
        if (body is { } registerBody)
        {
            shape = registerBody.Shape;
        }

        var request = new GpConnectRequestBuilder(interaction.Method, "/", interaction.InteractionId, _clock)
            .WithHeader("Ssp-TraceID", _text.TraceId());
        var traceIdIntact = true;
        Action<HttpRequestMessage>? afterBuild = null;

        // Register patient is mostly fuzzed through its body; every other request through one family below.
        if (body is null || _text.Chance(0.3))
        {
            switch (_text.Random.Next(body is null ? 20 : 17))
            {
                case 0 or 1 or 2 or 3:
                    var header = _text.Pick(s_sspHeaders);
                    traceIdIntact = header != "Ssp-TraceID";
                    shape = SspHeader(request, header, interaction.InteractionId, ref afterBuild);
                    break;
                case 4 or 5 or 6 or 7:
                    shape = _jwts.Apply(request);
                    break;
                case 8 or 9 or 10:
                    (shape, query) = FuzzQuery(interaction.Kind, query);
                    break;
                case 11 or 12 or 13 or 14:
                    (shape, path) = FuzzPath(interaction, path);
                    break;
                case 15:
                    method = _text.Pick(s_methods);
                    shape = "method/" + method;
                    if (_text.Chance(0.3) && body is null)
                    {
                        body = ("", "{}"u8.ToArray(), "application/fhir+json");
                    }

                    break;
                case 16:
                    shape = Accept(request, ref query);
                    break;
                case 17 when _text.Chance(0.3):
                    shape = Oversized(request, ref path, ref afterBuild);
                    break;
                default:
                    // A valid request: what the fuzz must not break is also checked on answers that should be 2xx.
                    break;
            }
        }

        if (interaction.Kind == Kind.Register && shape != body?.Shape)
        {
            shape = body?.Shape + " + " + shape;
        }

        var target = path + (query.Length == 0 ? string.Empty : "?" + query);
        var message = request.Build();
        message.Method = new HttpMethod(method);
        message.RequestUri = new Uri(_server.GetLeftPart(UriPartial.Authority) + target, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        if (body is { } bytes)
        {
            message.Content = new ByteArrayContent(bytes.Bytes);
            if (bytes.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", bytes.ContentType);
            }
        }

        afterBuild?.Invoke(message);
        var traceId = traceIdIntact ? request.SspTraceId : null;
        return new FuzzedRequest(number, shape, message, target, body?.Bytes, traceId);
    }

    private string Path(Interaction interaction) =>
        "/" + DemoPractice + "/STU3/1/gpconnect" + interaction.Root + interaction.Path.Replace("{id}", ValidId(), StringComparison.Ordinal);

    private string ValidId() => _text.Random.Next(1, 40).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string Query(Kind kind) => kind switch
    {
        Kind.NhsNumberSearch => "identifier=" + NhsNumberSystem + "%7C" + _text.NhsNumber(),
        Kind.SdsSearch => "identifier=https://fhir.nhs.uk/Id/sds-user-id%7C" + _text.Pick(s_sdsUserIds),
        Kind.OdsSearch => "identifier=https://fhir.nhs.uk/Id/ods-organization-code%7C" + _text.Pick(s_odsCodes),
        _ => string.Empty,
    };

    private static readonly string[] s_sdsUserIds = ["G13579135", "G11111116", "UNKNOWN1"];

    private static readonly string[] s_odsCodes = [DemoPractice, "A20047", "R1A14", "UNKNOWN"];

    private string SspHeader(GpConnectRequestBuilder request, string header, string interactionId, ref Action<HttpRequestMessage>? afterBuild)
    {
        switch (_text.Random.Next(10))
        {
            case 0 or 1:
                request.WithoutHeader(header);
                return "ssp/" + header + "/missing";
            case 2 or 3:
                var second = header == "Ssp-TraceID" ? _text.TraceId() : _text.Word();
                afterBuild = message => message.Headers.TryAddWithoutValidation(header, second);
                return "ssp/" + header + "/repeated";
            case 4 when header == "Ssp-InteractionID":
                request.WithHeader(header, _text.Pick(GpConnectInteractions.All).Id);
                return "ssp/" + header + "/another-interaction";
            default:
                var current = header switch
                {
                    "Authorization" => "Bearer " + request.BuildJwt(),
                    "Ssp-TraceID" => request.SspTraceId,
                    "Ssp-From" => GpConnectRequestBuilder.ConsumerAsid,
                    "Ssp-To" => GpConnectRequestBuilder.ProviderAsid,
                    _ => interactionId,
                };
                var garbled = _text.GarbleHeaderValue(current);
                if (header == "Authorization")
                {
                    request.WithRawAuthorization(garbled);
                }
                else
                {
                    request.WithHeader(header, garbled);
                }

                return "ssp/" + header + "/garbled";
        }
    }

    private (string Shape, string Query) FuzzQuery(Kind kind, string query)
    {
        var identifier = query.Length > 0 ? query : "identifier=" + NhsNumberSystem + "%7C" + _text.NhsNumber();
        return _text.Random.Next(8) switch
        {
            0 => ("query/identifier-repeated", string.Join('&', Enumerable.Repeat(identifier, _text.Random.Next(2, 5)))),
            1 => ("query/nhs-number-garbled", "identifier=" + NhsNumberSystem + "%7C" + GarbledNhsNumber()),
            2 => ("query/system-garbled", "identifier=" + _text.Pick(s_systems) + _text.Pick(s_separators) + _text.NhsNumber()),
            3 => ("query/encoded-oddity", _text.Insert(identifier, _text.EncodedOddity())),
            4 => ("query/huge", "identifier=" + NhsNumberSystem + "%7C" + _text.Huge(1_000, 6_000)),
            5 => ("query/parameter-names", _text.Pick(s_parameterNames) + "=" + NhsNumberSystem + "%7C" + _text.NhsNumber() + (_text.Chance(0.5) ? "&" + identifier : string.Empty)),
            6 => ("query/format", identifier + "&_format=" + _text.Pick(s_formats)),
            _ => ("query/raw-separators", identifier.Replace("%7C", _text.Pick(s_separators), StringComparison.Ordinal) + _text.Pick(s_queryTails)),
        };
    }

    private static readonly string[] s_systems =
        [NhsNumberSystem, "", "https://fhir.nhs.uk/Id/nhs-number-x", "http://fhir.nhs.net/Id/nhs-number", "https://FHIR.nhs.uk/Id/nhs-number", "urn:oid:2.16.840.1.113883.2.1.4.1", "%00"];

    private static readonly string[] s_separators = ["%7C", "|", "%7C%7C", "", "%7c", "||", "%2C", ","];

    private static readonly string[] s_parameterNames = ["Identifier", "IDENTIFIER", "identifier:exact", "identifier%00", "_id", "name", "", "identifier[]", "ident%69fier"];

    private static readonly string[] s_queryTails = ["", "&", "&&", "&=", "=", "#frag", "&identifier", "&identifier=", "&_format"];

    private string GarbledNhsNumber() => _text.Random.Next(8) switch
    {
        0 => _text.Sent(_text.NhsNumber()).Insert(3, "%20").Insert(9, "%20"),
        1 => _text.Digits(9),
        2 => _text.Digits(11),
        3 => _text.Digits(_text.Random.Next(12, 400)),
        4 => _text.Word(10, 10),
        5 => "-" + _text.Digits(9),
        6 => _text.NhsNumber() + _text.EncodedOddity(),
        _ => "%EF%BC%99" + _text.Digits(9), // a full-width nine
    };

    private (string Shape, string Path) FuzzPath(Interaction interaction, string path)
    {
        var root = "/" + DemoPractice + "/STU3/1/gpconnect" + interaction.Root;
        var rest = path[root.Length..];
        switch (_text.Random.Next(8))
        {
            case 0 when interaction.Kind == Kind.Read:
                return ("path/garbled-id", root + interaction.Path.Replace("{id}", GarbledId(), StringComparison.Ordinal));
            case 1:
                return ("path/dot-segments", root + _text.Pick(s_innerDots) + rest.TrimStart('/'));
            case 2:
                var ups = string.Concat(Enumerable.Repeat(_text.Chance(0.5) ? "/.." : "/%2E%2E", _text.Random.Next(1, 8)));
                return ("path/dot-segments-escaping", root + rest + ups + _text.Pick(s_escapes));
            case 3:
                var segments = path.Split('/');
                var at = _text.Random.Next(1, segments.Length);
                segments[at] = _text.Chance(0.5) ? segments[at].ToUpperInvariant() : segments[at].ToLowerInvariant();
                return ("path/case", string.Join('/', segments));
            case 4:
                return ("path/ods-garbled", "/" + GarbledOds() + path[(DemoPractice.Length + 1)..]);
            case 5:
                return ("path/slashes", _text.Random.Next(4) switch
                {
                    0 => path + "/",
                    1 => path.Replace("/gpconnect", "//gpconnect", StringComparison.Ordinal),
                    2 => "/" + path,
                    _ => path + ";jsessionid=" + _text.Word(),
                });
            case 6:
                return ("path/other-resource", root + _text.Pick(s_extraPaths));
            default:
                return ("path/version-garbled", "/" + DemoPractice + _text.Pick(s_versions) + "/gpconnect" + interaction.Root + rest);
        }
    }

    private static readonly string[] s_innerDots = ["./", "Patient/../", "%2E/", "x/%2E%2E/", "./././", ".%2E/x/../", "Patient/1/../../"];

    private static readonly string[] s_versions = ["/STU4/1", "/STU3/2", "/DSTU2/0", "/STU3/01", "/R4/1", "/STU3", "/STU3/1/1", "/%53TU3/1"];

    private string GarbledId() => _text.Random.Next(10) switch
    {
        0 => _text.EncodedPathOddity(),
        1 => _text.Digits(_text.Random.Next(10, 40)),
        2 => "-" + _text.Digits(3),
        3 => "0",
        4 => _text.NhsNumber(),
        5 => "..",
        6 => "1" + _text.EncodedPathOddity(),
        7 => _text.Word(1, 64),
        8 => "%E2%80%8B1",
        _ => _text.Digits(1) + "%2E" + _text.Digits(1),
    };

    private string GarbledOds() => _text.Random.Next(7) switch
    {
        0 => "A12345",
        1 => DemoPractice.ToLowerInvariant(),
        2 => _text.Huge(20, 2_000),
        3 => DemoPractice + _text.EncodedPathOddity(),
        4 => _text.NhsNumber(),
        5 => "%42%38%32%36%31%37", // B82617, percent-encoded
        _ => _text.Word(1, 10),
    };

    private string Accept(GpConnectRequestBuilder request, ref string query)
    {
        if (_text.Chance(0.5))
        {
            request.WithAccept(_text.Chance(0.7) ? _text.Pick(s_accepts) : _text.GarbleHeaderValue("application/fhir+xml"));
            return "accept/header";
        }

        query = query + (query.Length == 0 ? string.Empty : "&") + "_format=" + _text.Pick(s_formats);
        return "accept/_format";
    }

    /// <summary>Beyond Kestrel's limits (32 KB of headers, 100 headers, an 8 KB request line).</summary>
    private string Oversized(GpConnectRequestBuilder request, ref string path, ref Action<HttpRequestMessage>? afterBuild)
    {
        switch (_text.Random.Next(3))
        {
            case 0:
                // Over the application's 32 KiB header limit, which answers it, yet under Kestrel's backstop (four times
                // that), over which Kestrel refuses it bare before the application runs (docs/decisions/0010).
                request.WithClaim("requesting_device", _text.Huge(25_000, 40_000));
                return "oversized/header";
            case 1:
                var count = _text.Random.Next(101, 200);
                afterBuild = message =>
                {
                    for (var i = 0; i < count; i++)
                    {
                        message.Headers.TryAddWithoutValidation("X-Fuzz-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "1");
                    }
                };
                return "oversized/header-count";
            default:
                path += "/" + _text.Huge(9_000, 20_000);
                return "oversized/request-line";
        }
    }

    private enum Kind
    {
        Plain,
        Read,
        NhsNumberSearch,
        SdsSearch,
        OdsSearch,
        Register,
    }

    private sealed record Interaction(HttpMethod Method, string Root, string Path, string InteractionId, Kind Kind);
}

using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Xml;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Serialization;

/// <summary>
/// The one way in and out of FHIR STU3 JSON and XML for GP Connect. Parsing is always strict (unknown elements,
/// bad codes, bad dates and unsafe narrative are errors, never silently kept), because GP Connect requires
/// providers to reject invalid resources. Firely's serializers are thread-safe, so one instance serves the process.
/// Untrusted input is bounded before Firely sees it (<see cref="MaxJsonDepth"/>, <see cref="MaxXmlDepth"/>,
/// <see cref="MaxXmlCharacters"/>, <see cref="MaxIssues"/>), so no body can overflow the stack or make the parse or
/// its error text grow faster than the body.
/// </summary>
public sealed class FhirStu3Serializer
{
    /// <summary>How deep JSON objects and arrays may nest: System.Text.Json's own default, made explicit and checked first.</summary>
    public const int MaxJsonDepth = 64;

    /// <summary>
    /// How deep XML elements may nest. Firely's XML deserializer recurses once per element with no limit of its own:
    /// ~10,000 levels overflow the stack (the process dies), a few thousand cost minutes and issue texts that grow with
    /// the square of the depth. An STU3 resource, narrative included, stays far inside this.
    /// </summary>
    public const int MaxXmlDepth = 100;

    /// <summary>The most characters an XML body may hold; a host's own body limit is normally far lower.</summary>
    public const long MaxXmlCharacters = 32L * 1024 * 1024;

    /// <summary>Issue lines kept per failure: a body with thousands of problems does not get thousands of lines back.</summary>
    public const int MaxIssues = 20;

    private static readonly XmlReaderSettings _xmlReaderSettings = new()
    {
        // FHIR XML never needs a DTD; refusing them closes XXE and entity expansion attacks.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = false,
        MaxCharactersInDocument = MaxXmlCharacters,
    };

    private readonly BaseFhirJsonDeserializer _jsonDeserializer;
    private readonly BaseFhirXmlDeserializer _xmlDeserializer;

    public FhirStu3Serializer()
    {
        var inspector = ModelInfo.ModelInspector;
        var strict = new DeserializerSettings().UsingMode(DeserializationMode.Strict);
        JsonSerializer = new BaseFhirJsonSerializer(inspector);
        XmlSerializer = new BaseFhirXmlSerializer(inspector);
        _jsonDeserializer = new BaseFhirJsonDeserializer(inspector, strict);
        _xmlDeserializer = new BaseFhirXmlDeserializer(inspector, strict);
        JsonSerializerOptions = new JsonSerializerOptions().ForFhir(inspector).UsingMode(DeserializationMode.Strict);
    }

    /// <summary>The shared instance; use it (or register it as a singleton) rather than creating more.</summary>
    public static FhirStu3Serializer Default { get; } = new();

    /// <summary>Firely's STU3 JSON serializer, for callers that need a SerializationFilter (_summary, _elements).</summary>
    public BaseFhirJsonSerializer JsonSerializer { get; }

    /// <summary>Firely's STU3 XML serializer, for callers that need a SerializationFilter (_summary, _elements).</summary>
    public BaseFhirXmlSerializer XmlSerializer { get; }

    /// <summary>System.Text.Json options with the STU3 converters, strict on reading: <c>JsonSerializer.Deserialize&lt;Patient&gt;(json, options)</c>.</summary>
    public JsonSerializerOptions JsonSerializerOptions { get; }

    public string SerializeToJson(Base instance, bool pretty = false) => Encoding.UTF8.GetString(SerializeToJsonBytes(instance, pretty));

    public byte[] SerializeToJsonBytes(Base instance, bool pretty = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonWriterOptionsFor(pretty)))
        {
            JsonSerializer.Serialize(instance, writer, filterFactory: null);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public void WriteJson(Base instance, Utf8JsonWriter writer) => JsonSerializer.Serialize(instance, writer, filterFactory: null);

    /// <summary>Writes UTF-8 JSON to a stream (e.g. an HTTP response body) without an intermediate string.</summary>
    public async System.Threading.Tasks.Task WriteJsonAsync(Base instance, Stream stream, bool pretty = false, CancellationToken cancellationToken = default)
    {
        await using var writer = new Utf8JsonWriter(stream, JsonWriterOptionsFor(pretty));
        JsonSerializer.Serialize(instance, writer, filterFactory: null);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public string SerializeToXml(Base instance, bool pretty = false) => XmlSerializer.SerializeToString(instance, pretty);

    public byte[] SerializeToXmlBytes(Base instance, bool pretty = false) => XmlSerializer.SerializeToBytes(instance, pretty);

    public void WriteXml(Base instance, XmlWriter writer) => XmlSerializer.Serialize(instance, writer, filterFactory: null, rootName: null);

    /// <summary>Writes UTF-8 XML (no BOM) to a stream; the bytes are produced in memory first because XmlWriter is synchronous here.</summary>
    public async System.Threading.Tasks.Task WriteXmlAsync(Base instance, Stream stream, bool pretty = false, CancellationToken cancellationToken = default)
    {
        var bytes = SerializeToXmlBytes(instance, pretty);
        await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Parses any STU3 resource from JSON, strictly. Throws <see cref="FhirParseException"/> on any problem.</summary>
    public Resource ParseJson(string json) => ParseJson(Encoding.UTF8.GetBytes(json));

    public Resource ParseJson(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            GuardJson(utf8Json);
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxJsonDepth });
            if (_jsonDeserializer.TryDeserializeResource(ref reader, out var resource, out var issues) && resource is not null)
            {
                return resource;
            }

            throw new FhirParseException("JSON", Describe(issues), resource);
        }
        catch (JsonException ex)
        {
            throw new FhirParseException("JSON", [ex.Message], innerException: ex);
        }
        catch (Exception ex) when (IsDeserializerRefusal(ex))
        {
            throw new FhirParseException("JSON", [ex.Message], innerException: ex);
        }
    }

    /// <summary>Reads the whole body asynchronously (ASP.NET Core forbids synchronous reads), then parses it strictly.</summary>
    public async ValueTask<Resource> ParseJsonAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        var body = await ReadAllAsync(stream, cancellationToken).ConfigureAwait(false);
        return ParseJson(body.WrittenSpan);
    }

    /// <summary>Parses JSON and checks the resource type, e.g. a Parameters body for $gpc.getstructuredrecord.</summary>
    public T ParseJson<T>(string json)
        where T : Resource => Expect<T>(ParseJson(json), "JSON");

    /// <summary>Parses any STU3 resource from XML, strictly. Throws <see cref="FhirParseException"/> on any problem.</summary>
    public Resource ParseXml(string xml) => ParseXml(() => XmlReader.Create(new StringReader(xml), _xmlReaderSettings));

    /// <summary>Parses UTF-8 XML, strictly; the bytes are read twice (bounds first), so a stream is buffered first.</summary>
    public Resource ParseXml(ReadOnlyMemory<byte> utf8Xml)
    {
        if (!Utf8.IsValid(utf8Xml.Span))
        {
            throw FhirParseException.Unreadable("XML", "The body is not valid UTF-8.");
        }

        var bytes = MemoryMarshal.TryGetArray(utf8Xml, out var segment) ? segment : new ArraySegment<byte>(utf8Xml.ToArray());
        return ParseXml(() => XmlReader.Create(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false), _xmlReaderSettings));
    }

    public Resource ParseXml(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return ParseXml(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    /// <summary>Reads the whole body asynchronously (ASP.NET Core forbids synchronous reads), then parses it strictly.</summary>
    public async ValueTask<Resource> ParseXmlAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        var body = await ReadAllAsync(stream, cancellationToken).ConfigureAwait(false);
        return ParseXml(body.WrittenMemory);
    }

    public T ParseXml<T>(string xml)
        where T : Resource => Expect<T>(ParseXml(xml), "XML");

    private Resource ParseXml(Func<XmlReader> open)
    {
        try
        {
            using (var guard = open())
            {
                GuardXml(guard);
            }

            using var reader = open();
            if (_xmlDeserializer.TryDeserializeResource(reader, out var resource, out var issues) && resource is not null)
            {
                return resource;
            }

            throw new FhirParseException("XML", Describe(issues), resource);
        }
        catch (XmlException ex)
        {
            throw new FhirParseException("XML", [ex.Message], innerException: ex);
        }
        catch (Exception ex) when (IsDeserializerRefusal(ex))
        {
            throw new FhirParseException("XML", [ex.Message], innerException: ex);
        }
    }

    /// <summary>
    /// One streaming pass before Firely's: the body must be a JSON object nested at most <see cref="MaxJsonDepth"/>
    /// deep, with no control character escaped into a string, whose <c>resourceType</c> (if any) is not abstract. Firely instantiates what <c>resourceType</c> names and
    /// fails outside its own error reporting on <c>Resource</c>, <c>DomainResource</c> or a top-level array.
    /// </summary>
    private static void GuardJson(ReadOnlySpan<byte> utf8Json)
    {
        if (!Utf8.IsValid(utf8Json))
        {
            throw FhirParseException.Unreadable("JSON", "The body is not valid UTF-8.");
        }

        // One level of slack, so this pass reports the depth itself rather than the reader throwing.
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxJsonDepth + 1 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw FhirParseException.Unreadable("JSON", "The body is not a JSON object, so it cannot be a FHIR resource.");
        }

        string? resourceType = null;
        while (reader.Read())
        {
            if ((reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) && reader.CurrentDepth >= MaxJsonDepth)
            {
                throw FhirParseException.Unreadable("JSON", $"The body nests deeper than {MaxJsonDepth} levels.");
            }

            // Raw control characters are already invalid JSON; escaped ones (\u0000) are not, but FHIR strings
            // cannot hold them (XML cannot carry them, and the store refuses NUL), so they are refused here too.
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped
                && reader.GetString()!.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n')))
            {
                throw FhirParseException.Unreadable("JSON", "A string holds a control character, which FHIR strings cannot contain.");
            }

            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("resourceType")
                && reader.Read() && reader.TokenType == JsonTokenType.String)
            {
                resourceType ??= reader.GetString();
            }
        }

        ThrowIfAbstract("JSON", resourceType);
    }

    /// <summary>The XML counterpart of <see cref="GuardJson"/>: depth and the root element, before Firely recurses.</summary>
    private static void GuardXml(XmlReader reader)
    {
        var rootSeen = false;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.Depth >= MaxXmlDepth)
            {
                throw FhirParseException.Unreadable("XML", $"The body nests elements deeper than {MaxXmlDepth} levels.");
            }

            if (!rootSeen)
            {
                rootSeen = true;
                ThrowIfAbstract("XML", reader.LocalName);
            }
        }
    }

    private static void ThrowIfAbstract(string format, string? resourceType)
    {
        if (resourceType is not null && ModelInfo.ModelInspector.FindClassMapping(resourceType) is { NativeType.IsAbstract: true })
        {
            throw FhirParseException.Unreadable(format, $"'{resourceType}' is an abstract type; a body must be a concrete FHIR resource.");
        }
    }

    /// <summary>What Firely throws, outside its issue list, for input it cannot map onto the model: the input's fault.</summary>
    private static bool IsDeserializerRefusal(Exception ex) =>
        ex is InvalidOperationException or ArgumentException or NotSupportedException or FormatException or InvalidCastException;

    private static async ValueTask<ArrayBufferWriter<byte>> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk.AsSpan(0, read));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer;
    }

    private static T Expect<T>(Resource resource, string format)
        where T : Resource =>
        resource as T ?? throw new FhirParseException(format, [$"Expected a {typeof(T).Name} resource but found {resource.TypeName}"], resource);

    private static List<string> Describe(IEnumerable<CodedException>? issues)
    {
        var all = issues?.Select(i => i.Message).ToList() ?? [];
        if (all.Count == 0)
        {
            return ["The body does not contain a FHIR resource"];
        }

        var lines = all.Take(MaxIssues).ToList();
        if (all.Count > MaxIssues)
        {
            lines.Add($"and {all.Count - MaxIssues} more problems");
        }

        return lines;
    }

    /// <summary>
    /// The default encoder escapes '+' and apostrophes (<c>application/fhir\u002Bjson</c>), which is valid JSON but not
    /// what consumers' engineers expect to read. FHIR JSON is never embedded in HTML by us, so the relaxed encoder
    /// (which still escapes quotes, backslashes and control characters) is safe here.
    /// </summary>
    private static JsonWriterOptions JsonWriterOptionsFor(bool pretty) =>
        new() { Indented = pretty, SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

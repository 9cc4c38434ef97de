using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Serialization;

/// <summary>
/// The one way in and out of FHIR STU3 JSON and XML for GP Connect. Parsing is always strict (unknown elements,
/// bad codes, bad dates and unsafe narrative are errors, never silently kept), because GP Connect requires
/// providers to reject invalid resources. Firely's serializers are thread-safe, so one instance serves the process.
/// </summary>
public sealed class FhirStu3Serializer
{
    private static readonly XmlReaderSettings _xmlReaderSettings = new()
    {
        // FHIR XML never needs a DTD; refusing them closes XXE and entity expansion attacks.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = false,
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
            var reader = new Utf8JsonReader(utf8Json);
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
    public Resource ParseXml(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), _xmlReaderSettings);
        return ParseXml(reader);
    }

    public Resource ParseXml(Stream stream)
    {
        using var reader = XmlReader.Create(stream, _xmlReaderSettings);
        return ParseXml(reader);
    }

    /// <summary>Reads the whole body asynchronously (ASP.NET Core forbids synchronous reads), then parses it strictly.</summary>
    public async ValueTask<Resource> ParseXmlAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        var body = await ReadAllAsync(stream, cancellationToken).ConfigureAwait(false);
        using var memory = new MemoryStream(body.WrittenMemory.ToArray(), writable: false);
        return ParseXml(memory);
    }

    public T ParseXml<T>(string xml)
        where T : Resource => Expect<T>(ParseXml(xml), "XML");

    private Resource ParseXml(XmlReader reader)
    {
        try
        {
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
    }

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
        var lines = issues?.Select(i => i.Message).ToList() ?? [];
        return lines.Count > 0 ? lines : ["The body does not contain a FHIR resource"];
    }

    /// <summary>
    /// The default encoder escapes '+' and apostrophes (<c>application/fhir\u002Bjson</c>), which is valid JSON but not
    /// what consumers' engineers expect to read. FHIR JSON is never embedded in HTML by us, so the relaxed encoder
    /// (which still escapes quotes, backslashes and control characters) is safe here.
    /// </summary>
    private static JsonWriterOptions JsonWriterOptionsFor(bool pretty) =>
        new() { Indented = pretty, SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

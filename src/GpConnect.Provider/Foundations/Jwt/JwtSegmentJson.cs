using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace GpConnect.Provider.Foundations.Jwt;

/// <summary>
/// Turns the decoded bytes of a JWT segment into a <see cref="JsonObject"/> that is materialised in full, so that
/// nothing in it can fail when a rule, the audit or the log reads it later. <see cref="JsonNode.Parse(string, JsonNodeOptions?, JsonDocumentOptions)"/>
/// defers the work: a repeated property name or an undecodable string then throws wherever it is first touched,
/// which made such tokens answer 500 and escape the audit.
/// </summary>
public static class JwtSegmentJson
{
    private const int MaxDepth = 64;

    private static readonly JsonDocumentOptions s_strict = new() { AllowDuplicateProperties = false, MaxDepth = MaxDepth };
    private static readonly JsonDocumentOptions s_lenient = new() { AllowDuplicateProperties = true, MaxDepth = MaxDepth };

    /// <summary>What the validator accepts: UTF-8, no name repeated in any object, every string decodable.</summary>
    public static JsonObject? Strict(byte[] utf8)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        if (!Utf8.IsValid(utf8))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(utf8, s_strict);
            return Copy(document.RootElement, lenient: false) as JsonObject;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// For the audit of a refused token, which must still say who sent it: bytes that are not UTF-8 become the text
    /// <c>\xNN</c>, a repeated name keeps its last value (as JavaScript's JSON.parse), a string that cannot be
    /// decoded keeps its escaped form. Null only when the bytes are not JSON at all.
    /// </summary>
    public static JsonObject? Lenient(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var document = JsonDocument.Parse(HexEscapingUtf8.Instance.GetString(bytes), s_lenient);
            return Copy(document.RootElement, lenient: true) as JsonObject;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private static JsonNode? Copy(JsonElement element, bool lenient)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var copy = new JsonObject();
                foreach (var property in element.EnumerateObject())
                {
                    // Strict parsing has refused repeated names already; lenient reading lets the last one win.
                    copy[NameOf(property, lenient)] = Copy(property.Value, lenient);
                }

                return copy;
            case JsonValueKind.Array:
                var array = new JsonArray();
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(Copy(item, lenient));
                }

                return array;
            case JsonValueKind.String:
                return JsonValue.Create(StringOf(element, lenient));
            case JsonValueKind.Number:
                return JsonValue.Create(element.Clone());
            case JsonValueKind.True:
                return JsonValue.Create(true);
            case JsonValueKind.False:
                return JsonValue.Create(false);
            default:
                return null;
        }
    }

    /// <summary>GetString refuses an escaped lone surrogate (<c>"\ud800"</c>); the lenient reading keeps the escape as text.</summary>
    private static string StringOf(JsonElement element, bool lenient)
    {
        if (!lenient)
        {
            return element.GetString()!;
        }

        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            var raw = element.GetRawText();
            return raw[1..^1];
        }
    }

    private static string NameOf(JsonProperty property, bool lenient)
    {
        if (!lenient)
        {
            return property.Name;
        }

        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return "(undecodable name)";
        }
    }

    /// <summary>UTF-8 that writes each byte it cannot decode as the JSON text <c>\\xNN</c>, which reads back as <c>\xNN</c>.</summary>
    private sealed class HexEscapingUtf8 : DecoderFallback
    {
        public static readonly Encoding Instance = Encoding.GetEncoding("utf-8", EncoderFallback.ExceptionFallback, new HexEscapingUtf8());

        // A UTF-8 decoder hands over at most four bytes at once, each written as five characters.
        public override int MaxCharCount => 20;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

        private sealed class Buffer : DecoderFallbackBuffer
        {
            private string _text = string.Empty;
            private int _next;

            public override int Remaining => _text.Length - _next;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                _text = string.Concat(bytesUnknown.Select(b => $"\\\\x{b:X2}"));
                _next = 0;
                return true;
            }

            public override char GetNextChar() => _next < _text.Length ? _text[_next++] : '\0';

            public override bool MovePrevious()
            {
                if (_next == 0)
                {
                    return false;
                }

                _next--;
                return true;
            }

            public override void Reset()
            {
                _text = string.Empty;
                _next = 0;
            }
        }
    }
}

using System.Diagnostics;
using System.Text;
using FluentAssertions;
using GpConnect.Fhir.Stu3.Model;
using GpConnect.Fhir.Stu3.Serialization;

namespace GpConnect.Fhir.Stu3.Tests;

/// <summary>
/// Untrusted bodies are bounded before the deserializer recurses: nesting depth, encoding, and bodies that cannot be
/// a resource at all (marked <see cref="FhirParseException.IsUnreadable"/>) fail fast with a short message, in both
/// formats, instead of overflowing the stack or escaping as some other exception.
/// </summary>
public sealed class ParseBoundsTests
{
    private readonly FhirStu3Serializer _serializer = FhirStu3Serializer.Default;

    [Theory]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void GivenXmlNestedThousandsDeep_WhenParsed_ThenRefusedQuicklyWithAShortMessage(int depth)
    {
        var xml = DeepXml(depth);
        var watch = Stopwatch.StartNew();

        var parse = () => _serializer.ParseXml(xml);

        var refusal = parse.Should().Throw<FhirParseException>().Which;
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        refusal.IsUnreadable.Should().BeTrue();
        refusal.Message.Length.Should().BeLessThan(300);
        refusal.Message.Should().Contain(FhirStu3Serializer.MaxXmlDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void GivenXmlNestedWithinTheLimit_WhenParsed_ThenTheDepthIsNotWhatFails()
    {
        var parse = () => _serializer.ParseXml(DeepXml(FhirStu3Serializer.MaxXmlDepth - 1));

        parse.Should().Throw<FhirParseException>().Which.IsUnreadable.Should().BeFalse("unknown elements are invalid content, not an unreadable body");
    }

    [Theory]
    [InlineData("{\"resourceType\":\"Patient\",\"id\":\"1\",\"gender\":\"ma\\u0000le\"}")]
    [InlineData("{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Smith\\u001b[31m\"}]}")]
    [InlineData("{\"resourceType\":\"Patient\",\"na\\u0000me\":[]}")]
    public void GivenAControlCharacterEscapedIntoAJsonString_WhenParsed_ThenRefusedAsUnreadable(string json)
    {
        var parse = () => _serializer.ParseJson(json);

        parse.Should().Throw<FhirParseException>().Which.IsUnreadable.Should().BeTrue();
    }

    [Fact]
    public void GivenTabsAndNewlinesEscapedIntoAJsonString_WhenParsed_ThenTheyAreKept()
    {
        var patient = (Patient)_serializer.ParseJson("{\"resourceType\":\"Patient\",\"name\":[{\"text\":\"a\\tb\\r\\nc\"}]}");

        patient.Name[0].Text.Should().Be("a\tb\r\nc");
    }

    [Fact]
    public void GivenJsonNestedThousandsDeep_WhenParsed_ThenRefusedAsUnreadable()
    {
        var json = "{\"resourceType\":\"Patient\",\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}";

        var parse = () => _serializer.ParseJson(json);

        parse.Should().Throw<FhirParseException>().Which.IsUnreadable.Should().BeTrue();
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"Patient\"")]
    [InlineData("""{"resourceType":"Resource"}""")]
    [InlineData("""{"resourceType":"DomainResource","id":"1"}""")]
    public void GivenJsonThatCannotBeAResource_WhenParsed_ThenRefusedAsUnreadable(string json)
    {
        var parse = () => _serializer.ParseJson(json);

        parse.Should().Throw<FhirParseException>().Which.IsUnreadable.Should().BeTrue();
    }

    [Theory]
    [InlineData("""<Resource xmlns="http://hl7.org/fhir"/>""")]
    [InlineData("""<DomainResource xmlns="http://hl7.org/fhir"><id value="1"/></DomainResource>""")]
    public void GivenXmlNamingAnAbstractType_WhenParsed_ThenRefusedAsUnreadable(string xml)
    {
        var parse = () => _serializer.ParseXml(xml);

        parse.Should().Throw<FhirParseException>().Which.IsUnreadable.Should().BeTrue();
    }

    [Fact]
    public void GivenInvalidUtf8_WhenParsedInEitherFormat_ThenRefusedAsUnreadable()
    {
        byte[] json = [.. "{\"resourceType\":\"Patient\",\"id\":\""u8, 0xC3, 0x28, .. "\"}"u8];
        byte[] xml = [.. "<Patient xmlns=\"http://hl7.org/fhir\"><id value=\""u8, 0xFF, 0xFE, .. "\"/></Patient>"u8];

        var parseJson = () => _serializer.ParseJson(json);
        var parseXml = () => _serializer.ParseXml(xml.AsMemory());

        parseJson.Should().Throw<FhirParseException>().Which.IsUnreadable.Should().BeTrue();
        parseXml.Should().Throw<FhirParseException>().Which.IsUnreadable.Should().BeTrue();
    }

    [Fact]
    public void GivenThousandsOfUnknownElements_WhenParsed_ThenOnlyTheFirstIssuesAreDescribed()
    {
        var xml = new StringBuilder("<Patient xmlns=\"http://hl7.org/fhir\">");
        for (var i = 0; i < 2_000; i++)
        {
            xml.Append("<foo").Append(i).Append(" value=\"x\"/>");
        }

        var parse = () => _serializer.ParseXml(xml.Append("</Patient>").ToString());

        parse.Should().Throw<FhirParseException>().Which.Issues.Should().HaveCount(FhirStu3Serializer.MaxIssues + 1);
    }

    [Fact]
    public void GivenAValidResourceAsUtf8Xml_WhenParsed_ThenItIsReturned()
    {
        var resource = _serializer.ParseXml("<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"1\"/></Patient>"u8.ToArray().AsMemory());

        resource.Should().BeOfType<Patient>().Which.Id.Should().Be("1");
    }

    private static string DeepXml(int depth)
    {
        var xml = new StringBuilder("<Parameters xmlns=\"http://hl7.org/fhir\">", (depth * 7) + 64);
        for (var i = 0; i < depth; i++)
        {
            xml.Append("<a>");
        }

        for (var i = 0; i < depth; i++)
        {
            xml.Append("</a>");
        }

        return xml.Append("</Parameters>").ToString();
    }
}

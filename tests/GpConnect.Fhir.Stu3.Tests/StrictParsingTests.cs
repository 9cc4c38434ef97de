using FluentAssertions;
using GpConnect.Fhir.Stu3.Model;
using GpConnect.Fhir.Stu3.Serialization;
using Task = System.Threading.Tasks.Task;

namespace GpConnect.Fhir.Stu3.Tests;

/// <summary>
/// GP Connect providers must reject invalid resources (400 BAD_REQUEST / 422 INVALID_RESOURCE), so parsing is
/// strict in both formats and every problem surfaces as one <see cref="FhirParseException"/>.
/// </summary>
public sealed class StrictParsingTests
{
    private const string ValidPatient = """{"resourceType":"Patient","id":"1","gender":"female","birthDate":"1980-02-29"}""";

    private readonly FhirStu3Serializer _serializer = FhirStu3Serializer.Default;

    [Fact]
    public void GivenValidPatientJson_WhenParsed_ThenTheTypedStu3PatientIsReturned()
    {
        var patient = _serializer.ParseJson<Patient>(ValidPatient);

        patient.Gender.Should().Be(AdministrativeGender.Female);
        patient.BirthDate.Should().Be("1980-02-29");
    }

    [Theory]
    [InlineData("""{"resourceType":"Patient","foo":"bar"}""", "foo")]
    [InlineData("""{"resourceType":"Patient","gender":"woman"}""", "woman")]
    [InlineData("""{"resourceType":"Patient","birthDate":"1980-02-30"}""", "1980-02-30")]
    [InlineData("""{"resourceType":"Patient","birthDate":"29/02/1980"}""", "29/02/1980")]
    [InlineData("""{"resourceType":"Patient","managingOrganization":{"reference":"Organization/1","type":"Organization"}}""", "type")]
    [InlineData("""{"resourceType":"Patient","meta":{"source":"urn:x"}}""", "source")]
    [InlineData("""{"resourceType":"Bundle","type":"searchset","timestamp":"2020-01-01T00:00:00Z"}""", "timestamp")]
    [InlineData("""{"resourceType":"Patient","extension":[{"url":"http://x","valueCanonical":"http://y"}]}""", "canonical")]
    [InlineData("""{"resourceType":"Slot","schedule":{"reference":"Schedule/1"},"start":"2020-01-01T10:00:00Z","end":"2020-01-01T10:15:00Z"}""", "status")]
    public void GivenInvalidStu3Json_WhenParsed_ThenFhirParseExceptionNamesTheProblem(string json, string mentioned)
    {
        var parse = () => _serializer.ParseJson(json);

        parse.Should().Throw<FhirParseException>().Which.Issues.Should().Contain(i => i.Contains(mentioned, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""<Patient xmlns="http://hl7.org/fhir"><foo value="bar"/></Patient>""", "foo")]
    [InlineData("""<Patient xmlns="http://hl7.org/fhir"><gender value="woman"/></Patient>""", "woman")]
    [InlineData("""<Patient xmlns="http://hl7.org/fhir"><birthDate value="1980-13-01"/></Patient>""", "1980-13-01")]
    [InlineData("""<Patient xmlns="http://hl7.org/fhir"><gender value="female"/><active value="true"/></Patient>""", "order")]
    public void GivenInvalidStu3Xml_WhenParsed_ThenFhirParseExceptionNamesTheProblem(string xml, string mentioned)
    {
        var parse = () => _serializer.ParseXml(xml);

        parse.Should().Throw<FhirParseException>().Which.Issues.Should().Contain(i => i.Contains(mentioned, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"resourceType\":\"Patient\",")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("""{"id":"1"}""")]
    public void GivenBodyThatIsNotAResource_WhenParsedAsJson_ThenFhirParseException(string json)
    {
        var parse = () => _serializer.ParseJson(json);

        parse.Should().Throw<FhirParseException>();
    }

    [Fact]
    public void GivenNarrativeWithScript_WhenParsed_ThenItIsRejected()
    {
        const string json = """{"resourceType":"Patient","text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></div>"}}""";

        var parse = () => _serializer.ParseJson(json);

        parse.Should().Throw<FhirParseException>();
    }

    [Fact]
    public void GivenXmlWithADoctype_WhenParsed_ThenItIsRejectedBeforeAnyEntityIsExpanded()
    {
        const string xml = """<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x "boom">]><Patient xmlns="http://hl7.org/fhir"><id value="&x;"/></Patient>""";

        var parse = () => _serializer.ParseXml(xml);

        parse.Should().Throw<FhirParseException>();
    }

    [Fact]
    public void GivenAResourceOfAnotherType_WhenParsedAsASpecificType_ThenFhirParseException()
    {
        var parse = () => _serializer.ParseJson<Organization>(ValidPatient);

        parse.Should().Throw<FhirParseException>().Which.Issues.Should().ContainSingle(i => i.Contains("Patient", StringComparison.Ordinal));
    }

    [Fact]
    public void GivenPrimitiveExtensionOnBirthDate_WhenRoundTripped_ThenValueAndExtensionStayOnOneElement()
    {
        const string json = """{"resourceType":"Patient","birthDate":"1980-02-29","_birthDate":{"extension":[{"url":"http://example.org/accuracy","valueCode":"exact"}]}}""";

        var patient = _serializer.ParseJson<Patient>(json);

        patient.BirthDateElement!.Value.Should().Be("1980-02-29");
        patient.BirthDateElement.Extension.Should().ContainSingle();
        _serializer.SerializeToJson(patient).Should().Be(json);
    }

    [Fact]
    public async Task GivenJsonStream_WhenParsedAsync_ThenTheResourceIsReturned()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ValidPatient));

        var resource = await _serializer.ParseJsonAsync(stream, TestContext.Current.CancellationToken);

        resource.Should().BeOfType<Patient>().Which.Id.Should().Be("1");
    }

    [Fact]
    public async Task GivenXmlStream_WhenParsedAsync_ThenTheResourceIsReturnedAndInvalidXmlStillThrows()
    {
        using var valid = new MemoryStream("<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"1\"/></Patient>"u8.ToArray());
        using var invalid = new MemoryStream("<Patient xmlns=\"http://hl7.org/fhir\"><foo/></Patient>"u8.ToArray());

        var resource = await _serializer.ParseXmlAsync(valid, TestContext.Current.CancellationToken);
        var parseInvalid = async () => await _serializer.ParseXmlAsync(invalid, TestContext.Current.CancellationToken);

        resource.Should().BeOfType<Patient>().Which.Id.Should().Be("1");
        await parseInvalid.Should().ThrowAsync<FhirParseException>();
    }

    [Fact]
    public void GivenTheSystemTextJsonOptions_WhenDeserializingAndSerializing_ThenStu3ResourcesRoundTrip()
    {
        var options = _serializer.JsonSerializerOptions;

        var patient = System.Text.Json.JsonSerializer.Deserialize<Patient>(ValidPatient, options)!;
        var json = System.Text.Json.JsonSerializer.Serialize(patient, options);

        patient.Gender.Should().Be(AdministrativeGender.Female);
        json.Should().Be(ValidPatient);
    }

    [Fact]
    public void GivenTheSystemTextJsonOptions_WhenDeserializingAnUnknownElement_ThenTheyAreStrictToo()
    {
        var deserialize = () => System.Text.Json.JsonSerializer.Deserialize<Patient>("""{"resourceType":"Patient","foo":1}""", _serializer.JsonSerializerOptions);

        deserialize.Should().Throw<Exception>();
    }
}

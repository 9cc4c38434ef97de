using System.Text.Json.Nodes;
using FluentAssertions;
using GpConnect.Fhir.Stu3.Serialization;
using GpConnect.Fhir.Stu3.Tests.Support;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Tests;

/// <summary>Every published STU3 GP Connect example survives strict parsing and both wire formats unchanged.</summary>
public sealed class ExampleRoundTripTests
{
    private readonly FhirStu3Serializer _serializer = FhirStu3Serializer.Default;

    [Theory]
    [MemberData(nameof(ExampleCorpus.ParseableExamples), MemberType = typeof(ExampleCorpus))]
    public void GivenPublishedExample_WhenParsedAndWrittenAsJson_ThenTheJsonIsUnchanged(string file)
    {
        var resource = Parse(file);

        var json = _serializer.SerializeToJson(resource);

        if (file.EndsWith(".json", StringComparison.Ordinal))
        {
            JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(ExampleCorpus.Read(file)))
                .Should().BeTrue($"{file} must come back out as the same JSON");
        }

        _serializer.ParseJson(json).IsExactly(resource).Should().BeTrue("JSON → model must give back the same model");
    }

    [Theory]
    [MemberData(nameof(ExampleCorpus.ExactInXmlExamples), MemberType = typeof(ExampleCorpus))]
    public void GivenPublishedExample_WhenWrittenAsXmlAndParsedAgain_ThenTheModelIsExactlyEqual(string file)
    {
        var resource = Parse(file);

        var reparsed = _serializer.ParseXml(_serializer.SerializeToXml(resource));

        reparsed.IsExactly(resource).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(ExampleCorpus.ParseableExamples), MemberType = typeof(ExampleCorpus))]
    public void GivenPublishedExample_WhenWrittenAsXml_ThenItValidatesAgainstTheOfficialStu3Schema(string file)
    {
        var xml = _serializer.SerializeToXml(Parse(file));

        Stu3Schema.Validate(xml).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(ExampleCorpus.InvalidExamples), MemberType = typeof(ExampleCorpus))]
    public void GivenPublishedExampleThatIsInvalidStu3_WhenParsedStrictly_ThenItIsRejected(string file, string reason)
    {
        var parse = () => Parse(file);

        parse.Should().Throw<FhirParseException>(reason);
    }

    private Resource Parse(string file)
    {
        var text = ExampleCorpus.Read(file);
        return file.EndsWith(".json", StringComparison.Ordinal) ? _serializer.ParseJson(text) : _serializer.ParseXml(text);
    }
}

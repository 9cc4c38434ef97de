using FluentAssertions;
using GpConnect.Fhir.Stu3.Model;
using GpConnect.Fhir.Stu3.Serialization;
using GpConnect.Fhir.Stu3.Tests.Support;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Tests;

/// <summary>
/// GET /metadata serves an STU3 CapabilityStatement (acceptUnknown, uri profiles), which neither Base nor
/// Hl7.Fhir.Conformance (R4 shape, refused by the STU3 inspector) can provide: ours must be complete.
/// </summary>
public sealed class CapabilityStatementTests
{
    private readonly FhirStu3Serializer _serializer = FhirStu3Serializer.Default;

    [Fact]
    public void GivenTheGpConnectFoundationsCapabilityStatement_WhenItsTemplateDateIsFilledIn_ThenItRoundTripsAndIsSchemaValid()
    {
        // The published example keeps a "[Provider Software Release Date]" placeholder; a provider fills it in.
        var json = ExampleCorpus.Read("foundations/get_capability_statement_response_example.json")
            .Replace("[Provider Software Release Date]", "2024-04-01T00:00:00+00:00", StringComparison.Ordinal);

        var statement = _serializer.ParseJson<CapabilityStatement>(json);

        statement.Kind.Should().Be(CapabilityStatementKind.Capability);
        statement.AcceptUnknown.Should().Be(UnknownContentCode.Both);
        statement.Rest.Should().ContainSingle().Which.Resource.Should().Contain(r => r.Type == ResourceType.Patient);
        _serializer.ParseXml(_serializer.SerializeToXml(statement)).IsExactly(statement).Should().BeTrue();
        Stu3Schema.Validate(_serializer.SerializeToXml(statement)).Should().BeEmpty();
    }

    [Fact]
    public void GivenACapabilityStatementBuiltInCode_WhenWritten_ThenTheStu3ShapeIsProduced()
    {
        var statement = new CapabilityStatement
        {
            Version = "1.6.2",
            Name = "GP Connect",
            Status = PublicationStatus.Active,
            Date = "2024-04-01",
            Kind = CapabilityStatementKind.Instance,
            FhirVersion = "3.0.1",
            AcceptUnknown = UnknownContentCode.Both,
            Format = ["application/fhir+json", "application/fhir+xml"],
            Profile = [new ResourceReference("https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1")],
            Rest =
            [
                new CapabilityStatement.RestComponent
                {
                    Mode = RestfulCapabilityMode.Server,
                    Resource =
                    [
                        new CapabilityStatement.ResourceComponent
                        {
                            Type = ResourceType.Patient,
                            Interaction = [new CapabilityStatement.ResourceInteractionComponent { Code = TypeRestfulInteraction.Read }],
                        },
                    ],
                },
            ],
        };

        var json = _serializer.SerializeToJson(statement);

        json.Should().Contain("\"acceptUnknown\":\"both\"").And.Contain("\"kind\":\"instance\"").And.Contain("\"type\":\"Patient\"");
        Stu3Schema.Validate(_serializer.SerializeToXml(statement)).Should().BeEmpty();
    }
}

using FluentAssertions;
using GpConnect.Fhir.Stu3.Model;
using GpConnect.Fhir.Stu3.Serialization;
using GpConnect.Fhir.Stu3.Tests.Support;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Tests;

/// <summary>What we write is STU3 and only STU3: no element that Base carries for R4/R5 ever leaves.</summary>
public sealed class Stu3OutputTests
{
    private readonly FhirStu3Serializer _serializer = FhirStu3Serializer.Default;

    [Theory]
    [MemberData(nameof(ExampleCorpus.ParseableExamples), MemberType = typeof(ExampleCorpus))]
    public void GivenPublishedExample_WhenParsed_ThenEveryElementItWouldWriteIsDefinedInStu3(string file)
    {
        var text = ExampleCorpus.Read(file);
        var resource = file.EndsWith(".json", StringComparison.Ordinal) ? _serializer.ParseJson(text) : _serializer.ParseXml(text);

        Stu3ElementGuard.FindNonStu3Elements(resource).Should().BeEmpty();
    }

    [Fact]
    public void GivenR4OnlyElementsForcedIntoBaseTypes_WhenGuarded_ThenEachIsReported()
    {
        // SetValue by name is the only way to reach these from code: the typed properties are banned (RS0030).
        var reference = new ResourceReference("Organization/1");
        reference.SetValue("type", new FhirUri("Organization"));
        var meta = new Meta();
        meta.SetValue("source", new FhirUri("urn:example"));
        var patient = new Patient { Meta = meta, ManagingOrganization = reference };
        var bundle = new Bundle { Type = Bundle.BundleType.Searchset, Entry = [new Bundle.EntryComponent { Resource = patient }] };
        bundle.SetValue("timestamp", new Instant(DateTimeOffset.UnixEpoch));

        var found = Stu3ElementGuard.FindNonStu3Elements(bundle);

        found.Should().BeEquivalentTo(
            "Bundle.timestamp",
            "Bundle.entry[0].resource.meta.source",
            "Bundle.entry[0].resource.managingOrganization.type");
    }

    [Fact]
    public void GivenStu3OnlyContent_WhenWrittenAsXml_ThenTheR4ShapesAreAbsentAndTheSchemaAccepts()
    {
        var patient = new Patient
        {
            Id = "1",
            Meta = new Meta { Profile = ["https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1"] },
            ManagingOrganization = new ResourceReference("Organization/1"),
            Deceased = new FhirDateTime("2020-01-01T10:00:00+00:00"),
        };
        var bundle = new Bundle { Type = Bundle.BundleType.Searchset, Entry = [new Bundle.EntryComponent { Resource = patient }] };

        var xml = _serializer.SerializeToXml(bundle);

        Stu3Schema.Validate(xml).Should().BeEmpty();
        xml.Should().NotContain("<timestamp").And.NotContain("<source").And.Contain("<deceasedDateTime");
    }

    [Fact]
    public void GivenTheStu3Inspector_WhenAskedForItsModel_ThenItIsRelease3WithOurResourcesAndStu3Enums()
    {
        var inspector = ModelInfo.ModelInspector;

        inspector.FhirVersion.Should().Be("3.0.2");
        inspector.FhirRelease.Should().Be(Hl7.Fhir.Specification.FhirRelease.STU3);
        inspector.FindClassMapping("Patient")!.NativeType.Should().Be<Patient>();
        inspector.FindClassMapping("CapabilityStatement")!.NativeType.Should().Be<CapabilityStatement>();
        inspector.FindClassMapping("Bundle")!.NativeType.Should().Be<Bundle>();
        inspector.FindEnumMapping("AppointmentStatus")!.NativeType.Should().Be<AppointmentStatus>();
        Enum.GetNames<AppointmentStatus>().Should().NotContain(["CheckedIn", "Waitlist"], "those codes are R4");
    }

    [Fact]
    public void GivenTheModelAssembly_WhenItsReferencesAreRead_ThenItUsesHl7FhirBaseAndNoOtherFirelyPackage()
    {
        // Importing an assembly that references Hl7.Fhir.Conformance (or R4) into an STU3 inspector throws.
        var firely = typeof(ModelInfo).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Hl7.", StringComparison.Ordinal));

        firely.Should().Equal("Hl7.Fhir.Base");
    }

    [Fact]
    public void GivenTextWithPlusAndApostrophe_WhenWrittenAsJson_ThenItIsReadableAndParsesBack()
    {
        var organization = new Organization
        {
            NameElement = new FhirString("St John's Surgery <main>"),
            Telecom = [new ContactPoint(ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Work, "+44 113 496 0000")],
        };

        var json = _serializer.SerializeToJson(organization);

        json.Should().Contain("\"+44 113 496 0000\"").And.Contain("St John's Surgery <main>");
        _serializer.ParseJson(json).IsExactly(organization).Should().BeTrue();
    }
}

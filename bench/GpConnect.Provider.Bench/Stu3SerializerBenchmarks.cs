using BenchmarkDotNet.Attributes;
using GpConnect.Fhir.Stu3.Model;
using GpConnect.Fhir.Stu3.Serialization;
using Hl7.Fhir.Model;

namespace GpConnect.Provider.Bench;

/// <summary>
/// The STU3 facade on a structured-record-sized searchset: 250 Patients and 250 Observations with backbones,
/// choices, primitive extensions and SampledData. Numbers are what every GP Connect response pays.
/// </summary>
[MemoryDiagnoser]
public class Stu3SerializerBenchmarks
{
    private readonly FhirStu3Serializer _serializer = FhirStu3Serializer.Default;
    private Bundle _bundle = null!;
    private string _json = null!;
    private string _xml = null!;

    [GlobalSetup]
    public void Setup()
    {
        _bundle = SearchsetBundle(500);
        _json = _serializer.SerializeToJson(_bundle);
        _xml = _serializer.SerializeToXml(_bundle);
    }

    [Benchmark]
    public byte[] SerializeJsonBytes() => _serializer.SerializeToJsonBytes(_bundle);

    [Benchmark]
    public string SerializeXml() => _serializer.SerializeToXml(_bundle);

    [Benchmark]
    public Resource ParseJsonStrict() => _serializer.ParseJson(_json);

    [Benchmark]
    public Resource ParseXmlStrict() => _serializer.ParseXml(_xml);

    [Benchmark]
    public Base DeepCopy() => _bundle.DeepCopy();

    [Benchmark]
    public IReadOnlyList<string> Stu3Guard() => Stu3ElementGuard.FindNonStu3Elements(_bundle);

    private static Bundle SearchsetBundle(int entries)
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Searchset, Total = entries };
        for (var i = 0; i < entries; i++)
        {
            Resource resource = i % 2 == 0 ? Patient(i) : Observation(i);
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = $"urn:uuid:{Guid.NewGuid()}", Resource = resource });
        }

        return bundle;
    }

    private static Patient Patient(int i)
    {
        var patient = new Patient
        {
            Id = $"p{i}",
            Identifier = [new Identifier("https://fhir.nhs.uk/Id/nhs-number", $"9{i:D9}")],
            Name = [new HumanName { Family = $"Smith{i}", Given = ["Jane", "Anne"], Use = HumanName.NameUse.Official }],
            Telecom = [new ContactPoint(ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Home, "01234 567890")],
            Gender = AdministrativeGender.Female,
            BirthDate = "1980-02-29",
            Deceased = new FhirDateTime("2020-01-01T10:00:00+00:00"),
            MultipleBirth = new Integer(2),
            Address = [new Address { Line = ["1 High Street"], City = "Leeds", PostalCode = "LS1 1AA" }],
            Contact = [new Patient.ContactComponent { Name = new HumanName { Family = "Smith" }, Gender = AdministrativeGender.Male }],
            ManagingOrganization = new ResourceReference("Organization/1"),
        };
        patient.BirthDateElement!.Extension.Add(new Extension("http://example.org/accuracy", new Code("exact")));
        return patient;
    }

    private static Observation Observation(int i) => new()
    {
        Id = $"o{i}",
        Status = ObservationStatus.Final,
        Code = new CodeableConcept("http://snomed.info/sct", "27113001", "Body weight"),
        Subject = new ResourceReference($"Patient/p{i - 1}"),
        Effective = new Period(new FhirDateTime("2020-01-01T10:00:00+00:00"), new FhirDateTime("2020-01-01T10:05:00+00:00")),
        Value = new Quantity(73.5m, "kg"),
        ReferenceRange = [new Observation.ReferenceRangeComponent { Low = new Quantity(50m, "kg"), High = new Quantity(90m, "kg") }],
        Component =
        [
            new Observation.ComponentComponent { Code = new CodeableConcept("http://loinc.org", "8480-6"), Value = new Quantity(120m, "mm[Hg]") },
            new Observation.ComponentComponent
            {
                Code = new CodeableConcept("http://loinc.org", "131328"),
                Value = new SampledData { Origin = new Quantity(0m, "mV"), Period = 10m, Dimensions = 1, Data = "1 2 3 4 5" },
            },
        ],
    };
}

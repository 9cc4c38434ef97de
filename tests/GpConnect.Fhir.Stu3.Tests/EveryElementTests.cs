using FluentAssertions;
using GpConnect.Fhir.Stu3.Serialization;
using GpConnect.Fhir.Stu3.Tests.Support;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Tests;

/// <summary>
/// Every element of every scaffolded STU3 type, not just those the published examples happen to use: the XML
/// names, types and order (from [FhirElement(Order)]) must match the official schema, and both formats must
/// round-trip exactly.
/// </summary>
public sealed class EveryElementTests
{
    private readonly FhirStu3Serializer _serializer = FhirStu3Serializer.Default;

    public static TheoryData<string> ModelTypeNames() => new(FullyPopulatedInstances.ModelTypes().Select(t => t.Name).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ModelTypeNames))]
    public void GivenATypeWithEveryElementFilled_WhenWrittenAsXml_ThenTheOfficialStu3SchemaAcceptsIt(string typeName)
    {
        var instance = FullyPopulatedInstances.Create(TypeNamed(typeName));

        var xml = _serializer.SerializeToXml(Wrap(instance));

        Stu3Schema.Validate(xml).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(ModelTypeNames))]
    public void GivenATypeWithEveryElementFilled_WhenRoundTrippedStrictly_ThenBothFormatsGiveItBackExactly(string typeName)
    {
        var resource = Wrap(FullyPopulatedInstances.Create(TypeNamed(typeName)));

        _serializer.ParseXml(_serializer.SerializeToXml(resource)).IsExactly(resource).Should().BeTrue();
        _serializer.ParseJson(_serializer.SerializeToJson(resource)).IsExactly(resource).Should().BeTrue();
    }

    private static Type TypeNamed(string name) => FullyPopulatedInstances.ModelTypes().Single(t => t.Name == name);

    /// <summary>
    /// Datatypes cannot stand alone in FHIR XML: open types travel as an extension value; Dosage (not an STU3
    /// open type) inside a MedicationStatement.
    /// </summary>
    private static Resource Wrap(Base instance) => instance switch
    {
        Resource resource => resource,
        Model.Dosage dosage => WithDosage(dosage),
        DataType value => new Model.Patient { Id = "carrier", Extension = [new Extension("http://example.org/value", value)] },
        _ => throw new InvalidOperationException(instance.TypeName),
    };

    private static Model.MedicationStatement WithDosage(Model.Dosage dosage)
    {
        var statement = (Model.MedicationStatement)FullyPopulatedInstances.Create(typeof(Model.MedicationStatement));
        statement.Dosage = [dosage];
        return statement;
    }
}

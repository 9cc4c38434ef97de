using System.Collections;
using System.Reflection;
using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Tests.Support;

/// <summary>
/// Builds an instance of one of our STU3 classes with every own element filled (choices with their first allowed
/// type, repeating elements with one item, backbones recursively), so the schema sees every element's name,
/// type and XML order, including those of resources no published example uses. Recursive elements
/// (QuestionnaireResponse.item.item) are filled once; Base's own types get the smallest valid content.
/// </summary>
internal static class FullyPopulatedInstances
{
    public static IEnumerable<Type> ModelTypes() =>
        typeof(ModelInfo).Assembly.GetExportedTypes()
            .Where(t => t.GetCustomAttribute<FhirTypeAttribute>(false) is { IsBackboneType: false } && !t.IsAbstract);

    public static Base Create(Type type) => Populate(type, []);

    private static Base Populate(Type type, HashSet<Type> enclosing)
    {
        var instance = (Base)Activator.CreateInstance(type)!;
        if (instance is Resource resource)
        {
            resource.Id = "example";
        }

        if (instance is Quantity quantity)
        {
            // Age, Count, Distance, Money: no elements of their own, Quantity's make them non-empty.
            quantity.Value = 1.5m;
            quantity.Unit = "unit";
            quantity.System = "http://unitsofmeasure.org";
            quantity.Code = "a";
        }

        enclosing = [.. enclosing, type];

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            if (property.GetCustomAttribute<FhirElementAttribute>() is not { } element)
            {
                continue;
            }

            var allowed = property.GetCustomAttribute<AllowedTypesAttribute>()?.Types;
            var isList = property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(List<>);
            var itemType = isList ? property.PropertyType.GetGenericArguments()[0] : property.PropertyType;
            var valueType = element.Choice == ChoiceType.DatatypeChoice && allowed is { Length: > 0 } ? allowed[0] : itemType;
            if (enclosing.Contains(valueType))
            {
                continue;
            }

            var value = element.Choice == ChoiceType.ResourceChoice ? new Parameters { Id = "contained" } : ValueFor(valueType, enclosing);

            if (isList)
            {
                var list = (IList)Activator.CreateInstance(property.PropertyType)!;
                list.Add(value);
                property.SetValue(instance, list);
            }
            else
            {
                property.SetValue(instance, value);
            }
        }

        return instance;
    }

    private static Base ValueFor(Type type, HashSet<Type> enclosing)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Code<>))
        {
            var first = Enum.GetValues(type.GetGenericArguments()[0]).GetValue(0);
            return (Base)Activator.CreateInstance(type, first)!;
        }

        return type.Name switch
        {
            nameof(FhirBoolean) => new FhirBoolean(true),
            nameof(Integer) => new Integer(1),
            nameof(PositiveInt) => new PositiveInt(1),
            nameof(UnsignedInt) => new UnsignedInt(1),
            nameof(FhirDecimal) => new FhirDecimal(1.5m),
            nameof(FhirString) => new FhirString("1"), // also a valid SampledData.data
            nameof(Markdown) => new Markdown("text"),
            nameof(Id) => new Id("a1"),
            nameof(Code) => new Code("MORN"), // also valid for Timing.repeat.when, whose value set the schema enumerates
            nameof(FhirUri) => new FhirUri("http://example.org/x"),
            nameof(Oid) => new Oid("urn:oid:1.2.3"),
            nameof(Date) => new Date("2020-01-01"),
            nameof(FhirDateTime) => new FhirDateTime("2020-01-01T10:00:00+00:00"),
            nameof(Instant) => new Instant(new DateTimeOffset(2020, 1, 1, 10, 0, 0, TimeSpan.Zero)),
            nameof(Time) => new Time("10:00:00"),
            nameof(Base64Binary) => new Base64Binary([1, 2, 3]),
            nameof(UsageContext) => new UsageContext { Code = new Coding("http://example.org", "c"), Value = new CodeableConcept("http://example.org", "c") },
            nameof(Narrative) => new Narrative { Status = Narrative.NarrativeStatus.Generated, Div = "<div xmlns=\"http://www.w3.org/1999/xhtml\">text</div>" },
            _ when type.Assembly == typeof(ModelInfo).Assembly => Populate(type, enclosing),
            _ => WithExtensionOnly(type),
        };
    }

    /// <summary>Base's types and deep recursion stop here: one extension is the smallest valid content of any element.</summary>
    private static Element WithExtensionOnly(Type type)
    {
        var instance = (Element)Activator.CreateInstance(type)!;
        instance.Extension.Add(new Extension("http://example.org/extension", new FhirString("x")));
        return instance;
    }
}

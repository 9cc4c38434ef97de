using System.Reflection;
using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Scaffold;

/// <summary>What Hl7.Fhir.Base already provides: FHIR type code → C# type name, and enums by value set canonical.</summary>
internal sealed class BaseModelCatalog
{
    private BaseModelCatalog(Dictionary<string, string> types, Dictionary<string, string> enums)
    {
        TypeNames = types;
        EnumsByValueSet = enums;
    }

    /// <summary>"boolean" → "FhirBoolean", "Reference" → "ResourceReference", "Identifier" → "Identifier".</summary>
    public IReadOnlyDictionary<string, string> TypeNames { get; }

    /// <summary>"http://hl7.org/fhir/ValueSet/name-use" → "HumanName.NameUse".</summary>
    public IReadOnlyDictionary<string, string> EnumsByValueSet { get; }

    public static BaseModelCatalog FromHl7FhirBase()
    {
        var exported = typeof(Base).Assembly.GetExportedTypes();
        var types = exported
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<FhirTypeAttribute>(inherit: false)))
            .Where(x => x.Attribute is not null && !x.Attribute.IsBackboneType && !x.Type.IsGenericType)
            .ToDictionary(x => x.Attribute!.Name, x => x.Type.Name);

        var enums = exported
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<FhirEnumerationAttribute>()))
            .Where(x => x.Type.IsEnum && x.Attribute?.Valueset is not null)
            .ToDictionary(x => x.Attribute!.Valueset!, x => x.Type.FullName!.Replace("Hl7.Fhir.Model.", string.Empty, StringComparison.Ordinal).Replace('+', '.'));

        return new BaseModelCatalog(types, enums);
    }
}

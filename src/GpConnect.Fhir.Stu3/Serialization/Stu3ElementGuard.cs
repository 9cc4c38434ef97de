using System.Collections;
using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Serialization;

/// <summary>
/// Finds elements that Hl7.Fhir.Base would serialize but STU3 does not define (Reference.type, Meta.source,
/// Bundle.timestamp...). Base's serializers write whatever a POCO enumerates, whatever the release, so a value
/// set through <c>SetValue</c> or a lenient parse would leave as invalid STU3. The compile-time ban
/// (BannedSymbols.txt) covers typed access; this walk covers the rest. It costs a few milliseconds per large
/// Bundle, so use it in tests and Debug builds rather than on every response.
/// </summary>
public static class Stu3ElementGuard
{
    /// <summary>Paths such as "Bundle.entry[0].resource.managingOrganization.type"; empty when all is STU3.</summary>
    public static IReadOnlyList<string> FindNonStu3Elements(Base instance)
    {
        var found = new List<string>();
        Walk(instance, instance.TypeName, ModelInfo.ModelInspector, found);
        return found;
    }

    private static void Walk(Base node, string path, ModelInspector inspector, List<string> found)
    {
        var mapping = inspector.FindOrImportClassMapping(node.GetType());
        foreach (var (name, value) in node.EnumerateElements())
        {
            var childPath = $"{path}.{name}";
            if (mapping?.FindMappedElementByName(name) is null)
            {
                found.Add(childPath);
                continue;
            }

            switch (value)
            {
                case Base child:
                    Walk(child, childPath, inspector, found);
                    break;
                case IEnumerable list and not string:
                    var index = 0;
                    foreach (var item in list.OfType<Base>())
                    {
                        Walk(item, $"{childPath}[{index++}]", inspector, found);
                    }

                    break;
            }
        }
    }
}

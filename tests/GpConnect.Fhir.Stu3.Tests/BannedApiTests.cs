using System.Reflection;
using FluentAssertions;
using GpConnect.Fhir.Stu3.Tests.Support;
using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification;

namespace GpConnect.Fhir.Stu3.Tests;

/// <summary>
/// Hl7.Fhir.Base carries R4/R5 elements that its serializers write regardless of release, so the model project
/// bans their typed members at compile time (RS0030 as an error). These tests prove the ban is real and complete.
/// </summary>
public sealed class BannedApiTests
{
    [Fact]
    public async Task GivenCodeReadingEachBannedMember_WhenCompiledWithTheBan_ThenEveryUseIsRS0030()
    {
        var ids = BannedApiCompilation.BannedIds();

        var diagnostics = await BannedApiCompilation.CompileAsync(ProbeSource(ids), withBan: true, TestContext.Current.CancellationToken);

        diagnostics.Where(d => d.Id != "RS0030").Should().BeEmpty();
        diagnostics.Where(d => d.Id == "RS0030").Should().HaveCount(ids.Count, "every listed symbol id must resolve and be reported");
    }

    [Fact]
    public async Task GivenTheSameCode_WhenCompiledWithoutTheBan_ThenItCompilesCleanly()
    {
        var diagnostics = await BannedApiCompilation.CompileAsync(ProbeSource(BannedApiCompilation.BannedIds()), withBan: false, TestContext.Current.CancellationToken);

        diagnostics.Should().BeEmpty("the probe is valid C#, so the RS0030 errors above come from BannedSymbols.txt alone");
    }

    [Fact]
    public void GivenEveryBaseElementOutsideStu3_WhenCheckedAgainstTheBanList_ThenItsPropertiesAreAllBanned()
    {
        var banned = BannedApiCompilation.BannedIds().ToHashSet();
        NonStu3Properties().Should().Contain(p => p.Name == "TypeElement" && p.DeclaringType == typeof(ResourceReference), "the scan must see Reference.type");

        var missing = NonStu3Properties().Select(p => $"P:{p.DeclaringType!.FullName!.Replace('+', '.')}.{p.Name}")
            .Where(id => !banned.Contains(id));

        missing.Should().BeEmpty("BannedSymbols.txt must list every Hl7.Fhir.Base member that has no STU3 element");
    }

    /// <summary>Properties whose [FhirElement] attributes all start after STU3, plus their convenience twins.</summary>
    private static IEnumerable<PropertyInfo> NonStu3Properties()
    {
        foreach (var type in typeof(Base).Assembly.GetExportedTypes().Where(t => t.GetCustomAttribute<FhirTypeAttribute>(false) is not null))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var elements = property.GetCustomAttributes<FhirElementAttribute>().ToList();
                if (elements.Count == 0 || elements.Any(e => e.Since <= FhirRelease.STU3))
                {
                    continue;
                }

                yield return property;
                if (property.Name.EndsWith("Element", StringComparison.Ordinal)
                    && type.GetProperty(property.Name[..^"Element".Length], BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly) is { } twin)
                {
                    yield return twin;
                }
            }
        }
    }

    private static string ProbeSource(IReadOnlyList<string> ids)
    {
        var reads = ids.Select((id, i) =>
        {
            var member = id[2..];
            var type = member[..member.LastIndexOf('.')];
            var name = member[(member.LastIndexOf('.') + 1)..];
            return $"    public static object? Read{i}({type} x) => x.{name};";
        });
        return "#pragma warning disable CS0618\npublic static class Probe\n{\n" + string.Join("\n", reads) + "\n}\n";
    }
}

using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GpConnect.Fhir.Stu3.Tests.Support;

/// <summary>
/// Compiles C# in memory against the same Hl7.Fhir.Base the model uses, running the real BannedApiAnalyzers
/// with the repository's BannedSymbols.txt, exactly as the model project's build does.
/// </summary>
internal static class BannedApiCompilation
{
    public static string BannedSymbolsFile => Metadata("BannedSymbolsFile");

    /// <summary>Document ids of the banned symbols ("P:Hl7.Fhir.Model.ResourceReference.Type").</summary>
    public static IReadOnlyList<string> BannedIds() =>
        File.ReadAllLines(BannedSymbolsFile)
            .Select(l => l.Split(';')[0].Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();

    public static async Task<ImmutableArray<Diagnostic>> CompileAsync(string source, bool withBan, CancellationToken cancellationToken)
    {
        var compilation = CSharpCompilation.Create(
            "BanProbe",
            [CSharpSyntaxTree.ParseText(source, cancellationToken: cancellationToken)],
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var additional = withBan ? ImmutableArray.Create<AdditionalText>(new FileText(BannedSymbolsFile)) : [];
        var withAnalyzers = compilation.WithAnalyzers(Analyzers(), new AnalyzerOptions(additional));
        var all = await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken);
        return all.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
    }

    private static ImmutableArray<DiagnosticAnalyzer> Analyzers()
    {
        var loader = new LoadFromPathLoader();
        return Directory.GetFiles(Metadata("BannedApiAnalyzersFolder"), "*.dll")
            .SelectMany(path => new AnalyzerFileReference(path, loader).GetAnalyzers(LanguageNames.CSharp))
            .ToImmutableArray();
    }

    private static IEnumerable<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal))
            .Select(p => MetadataReference.CreateFromFile(p));

    private static string Metadata(string key) =>
        typeof(BannedApiCompilation).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} missing: see the test project file");

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
    }

    private sealed class LoadFromPathLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}

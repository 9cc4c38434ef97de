using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace GpConnect.Fhir.Stu3.Generators;

/// <summary>
/// Writes the Hl7.Fhir.Base 6 plumbing (TypeName, backing fields, EnumerateElements, TryGetValue, SetValue,
/// CopyToInternal, DeepCopyInternal, CompareChildren) for every partial class carrying [FhirType], so that the
/// committed STU3 declarations stay attributes only. The contract mirrors what Firely's own generated R4 POCOs do.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PocoGenerator : IIncrementalGenerator
{
    private const string FhirTypeAttribute = "Hl7.Fhir.Introspection.FhirTypeAttribute";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var sources = context.SyntaxProvider.ForAttributeWithMetadataName(
            FhirTypeAttribute,
            static (node, _) => node is ClassDeclarationSyntax,
            static (ctx, _) => PocoModelReader.Read((INamedTypeSymbol)ctx.TargetSymbol, ctx.Attributes[0]));

        context.RegisterSourceOutput(sources, static (spc, model) =>
        {
            if (model is null)
            {
                return;
            }

            spc.AddSource(model.HintName, SourceText.From(PocoSourceWriter.Write(model), Encoding.UTF8));
        });
    }
}

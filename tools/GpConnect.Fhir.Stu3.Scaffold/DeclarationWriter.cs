using System.Text;

namespace GpConnect.Fhir.Stu3.Scaffold;

/// <summary>
/// Writes the committed declaration layer: attributed partial classes and properties only. The generator
/// in GpConnect.Fhir.Stu3.Generators supplies the bodies. Output is meant to be edited by hand afterwards.
/// </summary>
internal sealed class DeclarationWriter(string outputFolder, bool overwrite)
{
    private const string Namespace = "GpConnect.Fhir.Stu3.Model";

    public int Written { get; private set; }

    public int Kept { get; private set; }

    public void WriteType(TypeDeclaration type)
    {
        var body = new StringBuilder();
        var kind = type.IsResource ? "Resources" : "DataTypes";
        body.AppendLine($"[FhirType(\"{type.FhirName}\", \"{type.Canonical}\")]");
        body.AppendLine($"public partial class {type.ClassName} : {type.BaseClass}");
        body.AppendLine("{");
        WriteElements(body, type.Elements, "    ");
        foreach (var component in type.Components)
        {
            if (body[^3] != '{')
            {
                body.AppendLine();
            }

            body.AppendLine($"    [FhirType(\"{component.FhirPath}\", IsBackboneType = true)]");
            body.AppendLine($"    public partial class {component.ClassName} : {component.BaseClass}");
            body.AppendLine("    {");
            WriteElements(body, component.Elements, "        ");
            body.AppendLine("    }");
        }

        body.AppendLine("}");

        var text = body.ToString();
        var header = new StringBuilder();
        header.AppendLine("using Hl7.Fhir.Introspection;");
        header.AppendLine("using Hl7.Fhir.Model;");
        if (text.Contains("typeof(Range)", StringComparison.Ordinal) || text.Contains(" Range? ", StringComparison.Ordinal)
            || text.Contains("<Range>", StringComparison.Ordinal))
        {
            // ImplicitUsings brings System.Range into scope; the FHIR Range is the one meant here.
            header.AppendLine("using Range = Hl7.Fhir.Model.Range;");
        }

        header.AppendLine();
        header.AppendLine($"namespace {Namespace};");
        header.AppendLine();
        Write(Path.Combine(kind, type.ClassName + ".cs"), header + text);
    }

    public void WriteEnum(EnumDeclaration enumeration)
    {
        var sb = new StringBuilder();
        sb.AppendLine("using Hl7.Fhir.Utility;");
        sb.AppendLine();
        sb.AppendLine($"namespace {Namespace};");
        sb.AppendLine();
        sb.AppendLine($"[FhirEnumeration(\"{enumeration.BindingName}\", \"{enumeration.ValueSetUrl}\", \"{enumeration.DefaultSystem}\")]");
        sb.AppendLine($"public enum {enumeration.Name}");
        sb.AppendLine("{");
        foreach (var member in enumeration.Members)
        {
            sb.AppendLine($"    [EnumLiteral(\"{Escape(member.Code)}\", \"{member.System}\")]");
            if (member.Display is not null)
            {
                sb.AppendLine($"    [Description(\"{Escape(member.Display)}\")]");
            }

            sb.AppendLine($"    {member.Name},");
        }

        sb.AppendLine("}");
        Write(Path.Combine("Enums", enumeration.Name + ".cs"), sb.ToString());
    }

    private static void WriteElements(StringBuilder sb, IReadOnlyList<ElementDeclaration> elements, string indent)
    {
        var first = true;
        foreach (var e in elements)
        {
            if (!first)
            {
                sb.AppendLine();
            }

            first = false;
            var flags = new StringBuilder($"\"{e.FhirName}\", Order = {e.Order}");
            if (e.InSummary)
            {
                flags.Append(", InSummary = true");
            }

            if (e.IsModifier)
            {
                flags.Append(", IsModifier = true");
            }

            if (e.Choice is not null)
            {
                flags.Append(", Choice = ").Append(e.Choice);
            }

            sb.AppendLine($"{indent}[FhirElement({flags})]");
            if (e.Min > 0 || e.IsList)
            {
                sb.AppendLine($"{indent}[Cardinality(Min = {e.Min}, Max = {e.Max})]");
            }

            if (e.AllowedTypes.Count > 0)
            {
                sb.AppendLine($"{indent}[AllowedTypes({string.Join(", ", e.AllowedTypes.Select(t => $"typeof({t})"))})]");
            }

            if (e.References.Count > 0)
            {
                sb.AppendLine($"{indent}[References({string.Join(", ", e.References.Select(r => $"\"{r}\""))})]");
            }

            if (e.BindingName is not null)
            {
                sb.AppendLine($"{indent}[Binding(\"{Escape(e.BindingName)}\")]");
            }

            var type = e.IsList ? $"List<{e.CSharpType}>" : e.CSharpType + "?";
            sb.AppendLine($"{indent}public partial {type} {e.PropertyName} {{ get; set; }}");
        }
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private void Write(string relativePath, string content)
    {
        var path = Path.Combine(outputFolder, relativePath);
        if (File.Exists(path) && !overwrite)
        {
            Kept++;
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        Written++;
    }
}

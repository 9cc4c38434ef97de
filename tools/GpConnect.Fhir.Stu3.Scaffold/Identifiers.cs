using System.Text;

namespace GpConnect.Fhir.Stu3.Scaffold;

internal static class Identifiers
{
    /// <summary>"referenceRange" → "ReferenceRange"; "entered-in-error" → "EnteredInError"; spaces and punctuation dropped.</summary>
    public static string Pascal(string text)
    {
        var sb = new StringBuilder();
        var upper = true;
        foreach (var ch in text)
        {
            if (!char.IsLetterOrDigit(ch))
            {
                upper = true;
                continue;
            }

            sb.Append(upper ? char.ToUpperInvariant(ch) : ch);
            upper = false;
        }

        return sb.ToString();
    }

    /// <summary>A code as an enum member name; codes that are symbols or start with a digit get a readable prefix.</summary>
    public static string EnumMember(string code)
    {
        var name = code switch
        {
            "<" => "LessThan",
            "<=" => "LessOrEqual",
            ">=" => "GreaterOrEqual",
            ">" => "GreaterThan",
            "=" => "Equal",
            _ => Pascal(code),
        };

        if (name.Length == 0)
        {
            name = "Empty";
        }

        return char.IsDigit(name[0]) ? "Code" + name : name;
    }
}

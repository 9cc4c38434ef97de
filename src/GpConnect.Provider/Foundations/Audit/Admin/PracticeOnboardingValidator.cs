using System.Text.RegularExpressions;
using GpConnect.Provider.Store.Domain;

namespace GpConnect.Provider.Foundations.Audit.Admin;

/// <summary>
/// Checks an onboarding request before anything is stored. The ODS code becomes a URL segment that consumers address
/// (case-sensitive, so upper case only, as ODS issues them); the ASID is what Spine allocated, 12 digits.
/// </summary>
public static partial class PracticeOnboardingValidator
{
    /// <summary>The problems of each field, keyed by its JSON name; empty when the request is valid.</summary>
    public static Dictionary<string, string[]> Problems(PracticeOnboarding onboarding)
    {
        ArgumentNullException.ThrowIfNull(onboarding);
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (onboarding.OdsCode is null || !OdsCodePattern().IsMatch(onboarding.OdsCode))
        {
            problems["odsCode"] = [$"Required: 3 to {FieldLengths.OdsCode} upper-case letters and digits, as ODS issues it (e.g. B82617)."];
        }

        var name = onboarding.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > FieldLengths.Display || name.Any(char.IsControl))
        {
            problems["name"] = [$"Required: the practice's name, 1 to {FieldLengths.Display} characters without control characters."];
        }

        if (onboarding.Asid is null || !AsidPattern().IsMatch(onboarding.Asid))
        {
            problems["asid"] = ["Required: the 12-digit ASID Spine allocated to the practice's system."];
        }

        return problems;
    }

    [GeneratedRegex(@"^[A-Z0-9]{3,16}$", RegexOptions.CultureInvariant)]
    private static partial Regex OdsCodePattern();

    [GeneratedRegex(@"^\d{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex AsidPattern();
}

using System.Globalization;

namespace GpConnect.Provider.Foundations.Fhir;

/// <summary>The logical ids this provider gives resources: the store's integer keys, digits only.</summary>
public static class LogicalId
{
    /// <summary>The key an id names; false for anything that is not plain digits (no sign, spaces or separators).</summary>
    public static bool TryParse(string id, out int key) =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out key);
}

using System.Globalization;

namespace GpConnect.Provider.Foundations.Patients;

/// <summary>Relative references to the resources the Foundations interactions serve, by their logical ids.</summary>
public static class References
{
    public static string Organization(int id) => "Organization/" + id.ToString(CultureInfo.InvariantCulture);

    public static string Practitioner(int id) => "Practitioner/" + id.ToString(CultureInfo.InvariantCulture);

    public static string Location(int id) => "Location/" + id.ToString(CultureInfo.InvariantCulture);
}

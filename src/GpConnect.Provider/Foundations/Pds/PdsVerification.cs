namespace GpConnect.Provider.Foundations.Pds;

/// <summary>
/// Whether local demographics verify against a PDS Retrieval (Foundations, "Patient search", unverified NHS number):
/// the date of birth matches exactly, or two of its three parts match and the first three letters of the family
/// name and the first initial of the given name match. Names compare ignoring case.
/// </summary>
public static class PdsVerification
{
    public static bool Verifies(PdsPerson person, string familyName, string givenName, DateOnly birthDate)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.BirthDate == birthDate)
        {
            return true;
        }

        var matchingParts = (person.BirthDate.Year == birthDate.Year ? 1 : 0)
            + (person.BirthDate.Month == birthDate.Month ? 1 : 0)
            + (person.BirthDate.Day == birthDate.Day ? 1 : 0);
        return matchingParts >= 2
            && PrefixMatches(person.FamilyName, familyName, 3)
            && PrefixMatches(person.GivenName, givenName, 1);
    }

    /// <summary>The person can be treated as traced and verified: not deceased, and no sensitive, invalid or superseded flag.</summary>
    public static bool IsUsable(PdsPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return !person.IsDeceased && !person.IsSensitive && !person.IsInvalid && !person.IsSuperseded;
    }

    private static bool PrefixMatches(string pds, string local, int length)
    {
        var a = pds.Trim();
        var b = local.Trim();
        return a.Length >= length && b.Length >= length
            && string.Equals(a[..length], b[..length], StringComparison.OrdinalIgnoreCase);
    }
}

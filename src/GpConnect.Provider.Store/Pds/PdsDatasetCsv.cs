using System.Globalization;
using GpConnect.Provider.Store.Entities;

namespace GpConnect.Provider.Store.Pds;

/// <summary>
/// Reads a PDS dataset: a header, then <c>NHS number,family,given,gender,yyyy-MM-dd</c> per line, gender in any case
/// (<c>male</c> in Seed/pds-dataset.csv, <c>MALE</c> in the assurance RegisterPatients.csv); lines starting with
/// <c>#</c> are comments. Rows that do not parse are skipped and counted, so one bad line never blocks the rest.
/// </summary>
public static class PdsDatasetCsv
{
    public static (IReadOnlyList<PdsRecord> Records, int Skipped) Read(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var records = new List<PdsRecord>();
        var skipped = 0;
        foreach (var line in lines.Where(l => !l.StartsWith('#')).Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (TryParse(line, out var record))
            {
                records.Add(record);
            }
            else
            {
                skipped++;
            }
        }

        return (records, skipped);
    }

    private static bool TryParse(string line, out PdsRecord record)
    {
        record = new PdsRecord();
        var fields = line.Split(',').Select(f => f.Trim()).ToArray();
        if (fields.Length != 5
            || !Domain.NhsNumber.IsValid(fields[0])
            || fields[1].Length == 0
            || fields[2].Length == 0
            || !Enum.TryParse<AdministrativeGender>(fields[3], ignoreCase: true, out var gender)
            || !DateOnly.TryParseExact(fields[4], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birthDate))
        {
            return false;
        }

        record = new PdsRecord
        {
            NhsNumber = fields[0],
            FamilyName = fields[1],
            GivenName = fields[2],
            Gender = gender,
            BirthDate = birthDate,
        };
        return true;
    }
}

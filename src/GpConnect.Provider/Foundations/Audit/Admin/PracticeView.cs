using GpConnect.Provider.Store.Entities;

namespace GpConnect.Provider.Foundations.Audit.Admin;

/// <summary>A practice as the administration endpoints show it: where it is served and what it has switched on.</summary>
public sealed record PracticeView(string OdsCode, string Name, string Asid, string ServiceRoot, PracticeSwitchSettings Switches)
{
    public static PracticeView Of(Practice practice)
    {
        ArgumentNullException.ThrowIfNull(practice);
        var ods = practice.Organisation.OdsCode;
        return new(ods, practice.Organisation.Name, practice.Asid, $"/{ods}/STU3/1/gpconnect", PracticeSwitchSettings.Of(practice));
    }
}


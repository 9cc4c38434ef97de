using GpConnect.Provider.Store.Entities;

namespace GpConnect.Provider.Store.Seed;

/// <summary>SNOMED CT and dm+d concepts used by the seeded clinical records.</summary>
internal static class SeedCodes
{
    public static readonly Drug Amlodipine = new("319283006", "Amlodipine 5mg tablets", "One tablet once a day", 28, "28 tablet", 28);
    public static readonly Drug Simvastatin = new("320000009", "Simvastatin 40mg tablets", "One tablet at night", 28, "28 tablet", 28);
    public static readonly Drug Amoxicillin = new("323509004", "Amoxicillin 500mg capsules", "One capsule three times a day", 21, "21 capsule", 7);
    public static readonly Drug Paracetamol = new("322236009", "Paracetamol 500mg tablets", "One or two tablets up to four times a day when required", 32, "32 tablet", 8);
    public static readonly Drug Metformin = new("325278007", "Metformin 500mg tablets", "One tablet twice a day with meals", 56, "56 tablet", 28);
    public static readonly Drug Aspirin = new("319770009", "Aspirin 75mg dispersible tablets", "One tablet once a day", 28, "28 tablet", 28);
    public static readonly Drug Ibuprofen = new("329652003", "Ibuprofen 400mg tablets", "One tablet three times a day after food", 24, "24 tablet", 8);

    public static readonly Reaction Rash = new("271807003", "Eruption of skin", ReactionSeverity.Moderate);
    public static readonly Reaction Urticaria = new("126485001", "Urticaria", ReactionSeverity.Mild);
    public static readonly Reaction Anaphylaxis = new("39579001", "Anaphylaxis", ReactionSeverity.Severe);
    public static readonly Reaction Nausea = new("422587007", "Nausea", ReactionSeverity.Mild);

    public static readonly Vaccination Influenza = new("822851000000102", "Seasonal influenza vaccination", "6142004", "Influenza");
    public static readonly Vaccination Pneumococcal = new("12866006", "Pneumococcal vaccination", "16814004", "Pneumococcal infectious disease");
    public static readonly Vaccination Covid19 = new("1324681000000101", "Administration of first dose of severe acute respiratory syndrome coronavirus 2 vaccine", "840539006", "COVID-19");
}

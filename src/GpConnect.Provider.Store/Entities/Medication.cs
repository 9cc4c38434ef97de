namespace GpConnect.Provider.Store.Entities;

/// <summary>A medicinal product (CareConnect-GPC-Medication-1), coded with dm+d.</summary>
public class Medication
{
    public int Id { get; set; }

    public string Code { get; set; } = "";

    public string Display { get; set; } = "";

    /// <summary>The original (e.g. legacy) name, kept when the code was degraded.</summary>
    public string? Text { get; set; }
}

namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// A vaccination given or not given (CareConnect-GPC-Immunization-1): the procedure code is mandatory
/// (the "not done" code when not given); the vaccine product is optional.
/// </summary>
public class Immunisation : ClinicalItem
{
    public string ProcedureCode { get; set; } = "";

    public string ProcedureDisplay { get; set; } = "";

    public string? VaccineCode { get; set; }

    public string? VaccineDisplay { get; set; }

    public bool NotGiven { get; set; }

    public string? ReasonNotGiven { get; set; }

    public bool PrimarySource { get; set; } = true;

    public DateTime? AdministeredAt { get; set; }

    public int? LocationId { get; set; }

    public Location? Location { get; set; }

    public int? PerformerId { get; set; }

    public Practitioner? Performer { get; set; }

    public string? Manufacturer { get; set; }

    public string? LotNumber { get; set; }

    public DateOnly? ExpirationDate { get; set; }

    public string? Site { get; set; }

    public string? Route { get; set; }

    public int? DoseSequence { get; set; }

    public string? TargetDiseaseCode { get; set; }

    public string? TargetDiseaseDisplay { get; set; }

    public bool? ParentPresent { get; set; }

    public string? Note { get; set; }
}

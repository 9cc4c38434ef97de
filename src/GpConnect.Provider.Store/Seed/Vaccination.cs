namespace GpConnect.Provider.Store.Seed;

/// <summary>A vaccination procedure and the disease it targets (SNOMED CT).</summary>
internal sealed record Vaccination(string ProcedureCode, string ProcedureDisplay, string TargetDiseaseCode, string TargetDiseaseDisplay);

namespace GpConnect.Provider.Store.Entities;

/// <summary>Extension-CareConnect-ProblemSignificance-1: anything above minor is major.</summary>
public enum ProblemSignificance
{
    Major,
    Minor,
}

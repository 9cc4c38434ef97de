namespace GpConnect.Provider.Tests.Fuzz;

/// <summary>What the consumer got back: status, media type and body, or why nothing came back.</summary>
internal sealed record FuzzAnswer(int Status, string? MediaType, byte[] Body, string? Failure)
{
    public bool Arrived => Failure is null;

    public static FuzzAnswer None(string failure) => new(0, null, [], failure);
}

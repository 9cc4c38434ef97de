namespace GpConnect.Provider.Store.Seed;

/// <summary>A dm+d product with the dosage and supply it is seeded with.</summary>
internal sealed record Drug(string Code, string Display, string Dosage, decimal Quantity, string QuantityText, int SupplyDays);

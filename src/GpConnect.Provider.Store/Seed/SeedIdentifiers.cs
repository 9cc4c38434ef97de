using System.Security.Cryptography;
using System.Text;

namespace GpConnect.Provider.Store.Seed;

/// <summary>
/// Business identifiers for seeded rows, derived from a stable name so every database gets the same ones (consumers
/// persist clinical identifiers) and a second seed run recognises what it already wrote.
/// </summary>
internal static class SeedIdentifiers
{
    public static Guid For(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("gpconnect-provider-seed:" + name));

        // Shape the bytes as an RFC 9562 name-based GUID (version 8, variant 10).
        hash[7] = (byte)((hash[7] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16));
    }
}

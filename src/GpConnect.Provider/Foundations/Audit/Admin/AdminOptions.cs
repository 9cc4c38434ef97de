namespace GpConnect.Provider.Foundations.Audit.Admin;

/// <summary>The practice administration endpoints, bound from the <c>Admin</c> configuration section.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>The header an administrator sends the key in.</summary>
    public const string ApiKeyHeader = "X-Admin-Api-Key";

    /// <summary>
    /// The key the administration endpoints demand. Unset (the default), they are not served at all: reading the
    /// audit trail must be switched on deliberately, with a secret of the operator's choosing.
    /// </summary>
    public string? ApiKey { get; set; }
}

namespace GpConnect.Provider.Store.Domain;

/// <summary>
/// Column lengths shared by the entity configurations, so a value the wire accepts always fits the store
/// (e.g. appointment description ≤ 100 and comment ≤ 500 characters per Appointment Management "Book").
/// </summary>
public static class FieldLengths
{
    /// <summary>ODS organisation and site codes are at most 10 characters in practice; 16 leaves room for test codes.</summary>
    public const int OdsCode = 16;

    /// <summary>Accredited System IDs are 12-digit numbers.</summary>
    public const int Asid = 20;

    /// <summary>SDS user ids (e.g. G13579135) and SDS role profile ids (12 digits).</summary>
    public const int SdsIdentifier = 20;

    /// <summary>SNOMED CT concept and description ids are at most 18 digits.</summary>
    public const int SnomedCode = 18;

    /// <summary>An enum stored by name.</summary>
    public const int EnumName = 40;

    public const int Name = 100;
    public const int Display = 255;
    public const int ShortText = 500;
    public const int LongText = 4000;
    public const int Telecom = 100;
    public const int Postcode = 10;
    public const int AppointmentDescription = 100;
    public const int AppointmentComment = 500;
    public const int ContentType = 100;

    /// <summary>Ssp-TraceID is a GUID; other SSP and ITK ids are URIs or GUIDs.</summary>
    public const int TraceId = 64;
    public const int InteractionId = 200;
    public const int Uri = 500;
}

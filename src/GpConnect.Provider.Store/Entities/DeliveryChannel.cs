namespace GpConnect.Provider.Store.Entities;

/// <summary>GPConnect-DeliveryChannel-1, plus the home visit the 1.2.9 text mentions but does not code.</summary>
public enum DeliveryChannel
{
    InPerson,
    Telephone,
    Video,
    Visit,
}

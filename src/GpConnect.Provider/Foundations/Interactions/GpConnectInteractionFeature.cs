namespace GpConnect.Provider.Foundations.Interactions;

/// <summary>The interaction a request was matched to (route, verb and <c>Ssp-InteractionID</c> agree), as a request feature.</summary>
public sealed record GpConnectInteractionFeature(GpConnectInteraction Interaction);

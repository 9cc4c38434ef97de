using System.Diagnostics.CodeAnalysis;

// Test names read as specifications, Given<State>_When<Action>_Then<Outcome> (style guide 2.8); the underscores are the point.
[assembly: SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Scope = "module", Justification = "Given_When_Then test names")]

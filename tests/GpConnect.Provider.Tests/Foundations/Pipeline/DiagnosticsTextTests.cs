using FluentAssertions;
using GpConnect.Provider.Foundations.Errors;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Pipeline;

/// <summary>What any OperationOutcome's diagnostics may contain, whatever input they quote (docs/decisions/0010).</summary>
public sealed class DiagnosticsTextTests
{
    [Fact]
    public void GivenControlCharactersAndLoneSurrogates_WhenBounded_ThenEachBecomesTheReplacementCharacter()
    {
        var bounded = DiagnosticsText.Bound("a\u0001b\u001Bc\nd\uD800e\uFFFFf\u0085g");

        bounded.Should().Be("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg");
    }

    [Fact]
    public void GivenAValidSurrogatePair_WhenBounded_ThenItIsKept()
    {
        DiagnosticsText.Bound("name '\U0001F600'").Should().Be("name '\U0001F600'");
    }

    [Fact]
    public void GivenAHugeQuotedValue_WhenBounded_ThenTheStartAndEndAreKeptAndTheMiddleCounted()
    {
        var text = "The Accept header '" + new string('x', 1_000_000) + "' names no supported FHIR format.";

        var bounded = DiagnosticsText.Bound(text);

        bounded.Length.Should().BeLessThan(DiagnosticsText.MaxLength + 40);
        bounded.Should().StartWith("The Accept header 'xxx").And.EndWith("' names no supported FHIR format.").And.Contain("characters omitted");
    }

    [Fact]
    public void GivenACutThroughASurrogatePair_WhenBounded_ThenThePairIsNotSplit()
    {
        var text = new string('a', DiagnosticsText.HeadLength - 1) + string.Concat(Enumerable.Repeat("\U0001F600", 200));

        var bounded = DiagnosticsText.Bound(text);

        bounded.Where(char.IsSurrogate).Should().HaveCount(c => c % 2 == 0);
        bounded.Select((c, i) => char.IsHighSurrogate(c) ? i + 1 < bounded.Length && char.IsLowSurrogate(bounded[i + 1]) : true).Should().AllBeEquivalentTo(true);
    }

    [Fact]
    public void GivenShortCleanText_WhenBounded_ThenItIsUnchanged()
    {
        DiagnosticsText.Bound("The Ssp-TraceID header is missing.").Should().Be("The Ssp-TraceID header is missing.");
    }
}

using FluentAssertions;
using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Foundations.Patients;
using GpConnect.Provider.Store.Domain;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Patients;

/// <summary>The NHS number check (Foundations, "Identifier systems and NHS number check": ten digits, Modulus 11).</summary>
public sealed class NhsNumberModulus11Tests
{
    [Theory]
    [InlineData("9000000009")]
    [InlineData("9476719931")]
    [InlineData("9690937286")]
    [InlineData("9999999999")]
    [InlineData("9651258500")]
    public void GivenATenDigitNumberWithItsCheckDigit_WhenValidating_ThenItIsValid(string nhsNumber)
    {
        NhsNumber.IsValid(nhsNumber).Should().BeTrue();
        NhsNumberValidator.Validate(nhsNumber).Should().Be(nhsNumber);
    }

    [Theory]
    [InlineData("9000000008", "wrong check digit")]
    [InlineData("9690937287", "wrong check digit")]
    [InlineData("1000000010", "remainder gives check digit 10, which no valid number has")]
    [InlineData("900000000", "nine digits")]
    [InlineData("90000000090", "eleven digits")]
    [InlineData("34555##4", "not digits")]
    [InlineData("hello", "not digits")]
    [InlineData("900000000 9", "embedded space")]
    [InlineData("", "empty")]
    public void GivenANumberFailingTheCheck_WhenValidating_ThenItIsRejectedWithInvalidNhsNumber(string nhsNumber, string why)
    {
        NhsNumber.IsValid(nhsNumber).Should().BeFalse(why);
        var validate = () => NhsNumberValidator.Validate(nhsNumber);
        validate.Should().Throw<GpConnectException>().Which.Error.Should().Be(SpineErrorCode.InvalidNhsNumber);
    }

    [Fact]
    public void GivenTheFirstNineDigitsOf9000000009_WhenComputingTheCheckDigit_ThenItIs9()
    {
        // 9*10 = 90; 90 % 11 = 2; 11 - 2 = 9.
        NhsNumber.CheckDigit("900000000").Should().Be(9);
    }
}

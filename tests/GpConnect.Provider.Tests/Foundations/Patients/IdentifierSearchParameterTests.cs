using FluentAssertions;
using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Foundations.Fhir;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Patients;

/// <summary>The <c>identifier</c> search parameter rules shared by the Foundations searches.</summary>
public sealed class IdentifierSearchParameterTests
{
    private static readonly string[] s_systems = [IdentifierSystems.NhsNumber];

    [Theory]
    [InlineData("?identifier=https://fhir.nhs.uk/Id/nhs-number%7C9690937286")]
    [InlineData("?identifier=https://fhir.nhs.uk/Id/nhs-number|9690937286")]
    [InlineData("?_format=xml&identifier=https://fhir.nhs.uk/Id/nhs-number%7C9690937286&_count=3")]
    public void GivenOneIdentifierWithSystemAndValue_WhenParsing_ThenReturnsThem(string query)
    {
        var parameter = IdentifierSearchParameter.Parse(new QueryString(query), s_systems);

        parameter.Should().Be(new IdentifierSearchParameter(IdentifierSystems.NhsNumber, "9690937286"));
    }

    [Theory]
    [InlineData("", "BAD_REQUEST")]
    [InlineData("?_format=json", "BAD_REQUEST")]
    [InlineData("?Identifier=https://fhir.nhs.uk/Id/nhs-number%7C1", "BAD_REQUEST")]
    [InlineData("?identifier=a%7Cb&identifier=a%7Cb", "BAD_REQUEST")]
    [InlineData("?identifier=", "INVALID_PARAMETER")]
    [InlineData("?identifier=9690937286", "INVALID_PARAMETER")]
    [InlineData("?identifier=%7C9690937286", "INVALID_PARAMETER")]
    [InlineData("?identifier=https://fhir.nhs.uk/Id/nhs-number%7C", "INVALID_PARAMETER")]
    [InlineData("?identifier=https://fhir.nhs.uk/Id/nhs-number%7C%20", "INVALID_PARAMETER")]
    [InlineData("?identifier=http://example.org%7C1", "INVALID_IDENTIFIER_SYSTEM")]
    public void GivenAnInvalidIdentifierParameter_WhenParsing_ThenThrowsTheSpecCode(string query, string code)
    {
        var parse = () => IdentifierSearchParameter.Parse(new QueryString(query), s_systems);

        parse.Should().Throw<GpConnectException>().Which.Error.Code.Should().Be(code);
    }
}

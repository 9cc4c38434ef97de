using FluentAssertions;
using GpConnect.Provider.Foundations.Pds;
using GpConnect.Provider.Store.Entities;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Patients;

/// <summary>
/// The rule for treating a local record as verified against PDS (Foundations, "Patient search"): exact date of birth,
/// or two of its three parts plus the first three letters of the family name and the given name's initial.
/// </summary>
public sealed class PdsVerificationTests
{
    private static readonly PdsPerson s_person = new("9651258500", "REA", "Clive", AdministrativeGender.Male, new DateOnly(1951, 3, 10), false, false, false, false);

    [Theory]
    [InlineData("Somebody", "Else", 1951, 3, 10, true, "exact date of birth")]
    [InlineData("Reading", "Colin", 1951, 3, 11, true, "year and month, REA and C")]
    [InlineData("rea", "clive", 1952, 3, 10, true, "month and day, names ignoring case")]
    [InlineData("REA", "Clive", 1952, 4, 10, false, "only the day matches")]
    [InlineData("RED", "Clive", 1951, 3, 11, false, "family name differs in its first three letters")]
    [InlineData("REA", "Bob", 1951, 3, 11, false, "given initial differs")]
    [InlineData("RE", "Clive", 1951, 3, 11, false, "family name shorter than three letters")]
    public void GivenLocalDemographics_WhenVerifyingAgainstPds_ThenAppliesTheDateOfBirthAndNameRule(string family, string given, int year, int month, int day, bool verified, string why)
    {
        PdsVerification.Verifies(s_person, family, given, new DateOnly(year, month, day)).Should().Be(verified, why);
    }

    [Theory]
    [InlineData(true, false, false, false)]
    [InlineData(false, true, false, false)]
    [InlineData(false, false, true, false)]
    [InlineData(false, false, false, true)]
    public void GivenAPdsFlag_WhenCheckingUsability_ThenThePersonIsNotUsable(bool sensitive, bool deceased, bool superseded, bool invalid)
    {
        var person = s_person with { IsSensitive = sensitive, IsDeceased = deceased, IsSuperseded = superseded, IsInvalid = invalid };

        PdsVerification.IsUsable(person).Should().BeFalse();
        PdsVerification.IsUsable(s_person).Should().BeTrue();
    }
}

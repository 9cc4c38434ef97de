using FluentAssertions;
using GpConnect.Provider.Store.Entities;
using GpConnect.Provider.Store.Pds;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Registration;

/// <summary>Reading a PDS dataset file (ours or the assurance RegisterPatients.csv) into the local PDS dataset.</summary>
public sealed class PdsDatasetCsvTests
{
    [Fact]
    public void GivenTheAssuranceLayout_WhenReading_ThenEachRowBecomesAPdsRecordAndBadRowsAreSkipped()
    {
        string[] lines =
        [
            "SPINE_NHS_NUMBER,NAME_FAMILY,NAME_GIVEN,GENDER,DOB",
            "9651258500,REA,Clive,MALE,1951-03-10",
            "9651258519,SOFFE,Oscar,FEMALE,1937-03-11",
            "9651258501,BAD,Checkdigit,MALE,1951-03-10",
            "9651258527,FLYNN,Tommy,MALE,10/04/1950",
            "",
        ];

        var (records, skipped) = PdsDatasetCsv.Read(lines);

        records.Should().HaveCount(2);
        records[0].Should().BeEquivalentTo(new { NhsNumber = "9651258500", FamilyName = "REA", GivenName = "Clive", Gender = AdministrativeGender.Male, BirthDate = new DateOnly(1951, 3, 10) });
        records[1].Gender.Should().Be(AdministrativeGender.Female);
        skipped.Should().Be(2);
    }

    [Fact]
    public void GivenCommentLinesBeforeTheHeader_WhenReading_ThenTheyAreNeitherRecordsNorSkippedRows()
    {
        string[] lines =
        [
            "# Source: somewhere",
            "# Converted once.",
            "nhs_number,family_name,given_name,gender,birth_date",
            "9651258500,REA,Clive,male,1951-03-10",
        ];

        var (records, skipped) = PdsDatasetCsv.Read(lines);

        records.Should().ContainSingle().Which.Should().BeEquivalentTo(new { NhsNumber = "9651258500", Gender = AdministrativeGender.Male });
        skipped.Should().Be(0);
    }
}

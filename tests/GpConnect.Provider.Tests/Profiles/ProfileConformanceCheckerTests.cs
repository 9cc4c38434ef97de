using System.Text.Json.Nodes;
using FluentAssertions;
using Xunit;

namespace GpConnect.Provider.Tests.Profiles;

/// <summary>
/// The checker every HTTP test's responses go through must catch each kind of profile violation: a forbidden (0..0)
/// element, a missing 1..1 element, a wrong fixed value, a code outside a required binding, an element the profile
/// leaves out, a slice's own cardinality, and an extension where its definition does not allow it. Each case starts
/// from a resource that conforms and changes one thing.
/// </summary>
public sealed class ProfileConformanceCheckerTests
{
    private const string PatientProfile = "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1";
    private const string VerificationStatusUrl = "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSNumberVerificationStatus-1";
    private const string RegistrationDetailsUrl = "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1";

    private static ProfileConformanceChecker Checker => ProfileConformanceChecker.Published;

    [Fact]
    public void GivenConformingPatientAndOperationOutcome_WhenChecked_ThenNoViolations()
    {
        Checker.Check(Patient()).Should().BeEmpty();
        Checker.Check(OperationOutcome()).Should().BeEmpty();
        Checker.Check(Searchset(Patient())).Should().BeEmpty();
    }

    [Fact]
    public void GivenElementTheProfileForbids_WhenChecked_ThenReportsThe0To0Element()
    {
        var patient = Patient();
        patient["identifier"]![0]!["period"] = new JsonObject { ["start"] = "2020-01-01" };
        patient["photo"] = new JsonArray(new JsonObject { ["url"] = "http://example.org/photo.png" });

        Checker.Check(patient).Should().BeEquivalentTo(
            "Patient.identifier[0].period: present, but CareConnect-GPC-Patient-1 forbids it (0..0, Patient.identifier:nhsNumber.period)",
            "Patient.photo: present, but CareConnect-GPC-Patient-1 forbids it (0..0, Patient.photo)");
    }

    [Fact]
    public void GivenMissingRequiredElement_WhenChecked_ThenReportsThe1To1Element()
    {
        var outcome = OperationOutcome();
        outcome["issue"]![0]!["details"]!["coding"]![0]!.AsObject().Remove("display");
        var patient = Patient();
        patient["name"]![0]!.AsObject().Remove("family");

        Checker.Check(outcome).Should().ContainSingle().Which.Should()
            .Be("OperationOutcome.issue[0].details.coding[0].display: missing, but GPConnect-OperationOutcome-1 requires 1..1 (OperationOutcome.issue.details.coding.display)");
        Checker.Check(patient).Should().ContainSingle().Which.Should()
            .Be("Patient.name[0].family: missing, but CareConnect-GPC-Patient-1 requires 1..1 (Patient.name:official.family)");
    }

    [Fact]
    public void GivenWrongFixedValue_WhenChecked_ThenReportsTheFixedValue()
    {
        var outcome = OperationOutcome();
        outcome["issue"]![0]!["details"]!["coding"]![0]!["system"] = "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-2";

        Checker.Check(outcome).Should().Contain(
            "OperationOutcome.issue[0].details.coding[0].system: is 'https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-2', " +
            "but GPConnect-OperationOutcome-1 fixes it to 'https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1' (OperationOutcome.issue.details.coding.system)");
    }

    [Fact]
    public void GivenCodeOutsideRequiredBinding_WhenChecked_ThenReportsTheValueSet()
    {
        var outcome = OperationOutcome();
        outcome["issue"]![0]!["details"]!["coding"]![0]!["code"] = "NOT_A_SPINE_CODE";
        var patient = Patient();
        patient["gender"] = "robot";

        Checker.Check(outcome).Should().ContainSingle().Which.Should().Be(
            "OperationOutcome.issue[0].details: https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1|NOT_A_SPINE_CODE, " +
            "but a code from https://fhir.nhs.uk/STU3/ValueSet/Spine-ErrorOrWarningCode-1 is required (OperationOutcome.issue.details)");
        Checker.Check(patient).Should().ContainSingle().Which.Should().Be(
            "Patient.gender: 'robot' is not in https://fhir.nhs.uk/STU3/ValueSet/CareConnect-AdministrativeGender-1, which CareConnect-GPC-Patient-1 requires (Patient.gender)");
    }

    [Fact]
    public void GivenExtensionOutsideItsContext_WhenChecked_ThenReportsWhereItMayGo()
    {
        var patient = Patient();
        patient["extension"] = new JsonArray(VerificationStatus("01"));

        Checker.Check(patient).Should().ContainSingle().Which.Should().Be(
            "Patient.extension[0]: extension Extension-CareConnect-GPC-NHSNumberVerificationStatus-1 is not allowed on Patient; its definition allows it on resource Patient.identifier");
    }

    [Fact]
    public void GivenIdentifiersSlicedBySystem_WhenOnlyTheNhsNumberLacksItsExtension_ThenOnlyTheNhsNumberSliceIsReported()
    {
        var patient = Patient();
        patient["identifier"]![0]!.AsObject().Remove("extension");
        patient["identifier"]!.AsArray().Add(new JsonObject { ["system"] = "https://fhir.nhs.uk/Id/local-patient-identifier", ["value"] = "42" });

        Checker.Check(patient).Should().ContainSingle().Which.Should().Be(
            "Patient.identifier[0].extension:nhsNumberVerificationStatus: 0 present, but CareConnect-GPC-Patient-1 requires 1..1 (Patient.identifier:nhsNumber.extension:nhsNumberVerificationStatus)");
    }

    [Fact]
    public void GivenComplexExtensionWithForbiddenPart_WhenChecked_ThenReportsThePartBySliceUrl()
    {
        var patient = Patient();
        patient["extension"] = new JsonArray(new JsonObject
        {
            ["url"] = RegistrationDetailsUrl,
            ["extension"] = new JsonArray(
                new JsonObject { ["url"] = "registrationPeriod", ["valuePeriod"] = new JsonObject { ["start"] = "2020-01-01" } },
                new JsonObject
                {
                    ["url"] = "registrationStatus",
                    ["valueCodeableConcept"] = new JsonObject
                    {
                        ["coding"] = new JsonArray(new JsonObject
                        {
                            ["system"] = "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-RegistrationStatus-1",
                            ["code"] = "A",
                            ["display"] = "Active",
                        }),
                    },
                }),
        });

        Checker.Check(patient).Should().ContainSingle().Which.Should().StartWith(
            "Patient.extension[0].extension:registrationStatus: present, but Extension-CareConnect-GPC-RegistrationDetails-1 forbids it (0..0");
    }

    [Fact]
    public void GivenElementTheProfileLeavesOut_WhenChecked_ThenReportsIt()
    {
        var patient = Patient();
        patient["deceasedBoolean"] = false;

        Checker.Check(patient).Should().ContainSingle().Which.Should()
            .Be("Patient.deceasedBoolean: not allowed by CareConnect-GPC-Patient-1 (it has no element Patient.deceasedBoolean)");
    }

    [Fact]
    public void GivenBundleEntryBreakingItsProfile_WhenTheBundleIsChecked_ThenTheEntryIsReportedWhereItSits()
    {
        var patient = Patient();
        patient["name"]![0]!["use"] = "usual";

        Checker.Check(Searchset(patient)).Should().ContainSingle().Which.Should()
            .Be("Bundle.entry[0].resource.name:official: 0 present, but CareConnect-GPC-Patient-1 requires 1..1 (Patient.name:official)");
    }

    [Fact]
    public void GivenXmlBody_WhenChecked_ThenItIsCheckedLikeJson()
    {
        const string xml = """
            <OperationOutcome xmlns="http://hl7.org/fhir">
              <meta><profile value="https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-OperationOutcome-1"/></meta>
              <issue><severity value="error"/><code value="invalid"/><details><coding>
                <system value="https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1"/><code value="BAD_REQUEST"/>
              </coding></details></issue>
            </OperationOutcome>
            """;

        Checker.CheckBody("application/fhir+xml", xml).Should().ContainSingle().Which.Should().Contain("details.coding[0].display: missing");
    }

    [Fact]
    public void GivenProfileWithoutData_WhenChecked_ThenSaysHowToAddIt()
    {
        var patient = Patient();
        patient["meta"]!["profile"]![0] = "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Unknown-1";

        Checker.Check(patient).Should().ContainSingle().Which.Should().Contain("has no data").And.Contain(ProfileConstraintSet.RegenerateCommand);
    }

    [Fact]
    public void GivenNoConstraintFile_WhenLoaded_ThenNamesTheFileAndTheCommandThatWritesIt()
    {
        var load = () => ProfileConstraintSet.Load(Path.Combine(Path.GetTempPath(), "no-such-folder", ProfileConstraintSet.FileName));

        load.Should().Throw<FileNotFoundException>()
            .WithMessage($"*tests/GpConnect.Provider.Tests/Profiles/{ProfileConstraintSet.FileName}*{ProfileConstraintSet.RegenerateCommand}*");
    }

    private static JsonObject VerificationStatus(string code) => new()
    {
        ["url"] = VerificationStatusUrl,
        ["valueCodeableConcept"] = new JsonObject
        {
            ["coding"] = new JsonArray(new JsonObject
            {
                ["system"] = "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1",
                ["code"] = code,
                ["display"] = "Number present and verified",
            }),
        },
    };

    private static JsonObject Patient() => new()
    {
        ["resourceType"] = "Patient",
        ["id"] = "2",
        ["meta"] = new JsonObject { ["versionId"] = "1", ["profile"] = new JsonArray(PatientProfile) },
        ["identifier"] = new JsonArray(new JsonObject
        {
            ["extension"] = new JsonArray(VerificationStatus("01")),
            ["system"] = "https://fhir.nhs.uk/Id/nhs-number",
            ["value"] = "9690937286",
        }),
        ["name"] = new JsonArray(new JsonObject { ["use"] = "official", ["family"] = "Smith", ["given"] = new JsonArray("Jane") }),
        ["gender"] = "female",
        ["birthDate"] = "1980-01-01",
    };

    private static JsonObject OperationOutcome() => new()
    {
        ["resourceType"] = "OperationOutcome",
        ["meta"] = new JsonObject { ["profile"] = new JsonArray("https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-OperationOutcome-1") },
        ["issue"] = new JsonArray(new JsonObject
        {
            ["severity"] = "error",
            ["code"] = "invalid",
            ["details"] = new JsonObject
            {
                ["coding"] = new JsonArray(new JsonObject
                {
                    ["system"] = "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1",
                    ["code"] = "BAD_REQUEST",
                    ["display"] = "Bad request",
                }),
            },
            ["diagnostics"] = "Ssp-TraceID is not a GUID",
        }),
    };

    private static JsonObject Searchset(JsonObject resource) => new()
    {
        ["resourceType"] = "Bundle",
        ["id"] = "c3a1f0e2-8a51-4cde-9e1b-0d4c2b2f7e11",
        ["meta"] = new JsonObject { ["profile"] = new JsonArray("https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Searchset-Bundle-1") },
        ["type"] = "searchset",
        ["entry"] = new JsonArray(new JsonObject { ["resource"] = resource }),
    };
}

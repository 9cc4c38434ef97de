using FluentAssertions;
using GpConnect.Fhir.Stu3.Model;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Tests;

/// <summary>The generated plumbing: DeepCopy, IsExactly and the Firely-style convenience properties.</summary>
public sealed class ModelBehaviourTests
{
    [Fact]
    public void GivenAPatientWithBackbonesAndChoices_WhenDeepCopied_ThenTheCopyIsExactlyEqual()
    {
        var patient = SamplePatient();

        var copy = (Patient)patient.DeepCopy();

        copy.Should().NotBeSameAs(patient);
        copy.IsExactly(patient).Should().BeTrue();
        copy.Contact[0].Should().NotBeSameAs(patient.Contact[0]);
    }

    [Fact]
    public void GivenADeepCopy_WhenTheCopyIsChanged_ThenTheOriginalIsUntouched()
    {
        var patient = SamplePatient();
        var copy = (Patient)patient.DeepCopy();

        copy.Gender = AdministrativeGender.Male;
        copy.Contact[0].Name!.Family = "Changed";
        copy.Identifier.Clear();

        patient.Gender.Should().Be(AdministrativeGender.Female);
        patient.Contact[0].Name!.Family.Should().Be("Smith");
        patient.Identifier.Should().ContainSingle();
        copy.IsExactly(patient).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(SingleDifferences))]
    public void GivenPatientsDifferingInOneElement_WhenCompared_ThenTheyAreNotExactlyEqual(Action<Patient> change)
    {
        var original = SamplePatient();
        var changed = SamplePatient();

        change(changed);

        changed.IsExactly(original).Should().BeFalse();
        original.IsExactly(SamplePatient()).Should().BeTrue();
    }

    public static TheoryData<Action<Patient>> SingleDifferences() => new()
    {
        p => p.Gender = AdministrativeGender.Male,
        p => p.BirthDate = "1980-03-01",
        p => p.Deceased = new FhirDateTime("2020-01-01"),
        p => p.Active = false,
        p => p.Contact[0].Gender = AdministrativeGender.Other,
        p => p.Identifier[0].Value = "9000000017",
        p => p.Communication.Add(new Patient.CommunicationComponent { Language = new CodeableConcept("urn:ietf:bcp:47", "en") }),
    };

    [Fact]
    public void GivenDifferentResourceTypes_WhenCompared_ThenTheyAreNotExactlyEqual()
    {
        new Patient { Id = "1" }.IsExactly(new Practitioner { Id = "1" }).Should().BeFalse();
    }

    [Fact]
    public void GivenConvenienceProperties_WhenSet_ThenTheyWriteThePrimitiveElements()
    {
        var slot = new Slot { Status = SlotStatus.Free, Overbooked = true, Comment = "walk-in" };

        slot.StatusElement!.Value.Should().Be(SlotStatus.Free);
        slot.OverbookedElement!.Value.Should().BeTrue();
        slot.CommentElement!.Value.Should().Be("walk-in");

        slot.Status = null;
        slot.StatusElement.Should().BeNull();
    }

    [Fact]
    public void GivenARepeatingPrimitive_WhenSetThroughItsConvenienceProperty_ThenOneElementPerValueIsCreated()
    {
        var timing = new Timing { Event = ["2020-01-01", "2020-01-02"] };

        timing.EventElement.Select(e => e.Value).Should().Equal("2020-01-01", "2020-01-02");
        timing.Event.Should().Equal("2020-01-01", "2020-01-02");
    }

    [Fact]
    public void GivenAListElementNeverSet_WhenRead_ThenItIsAnEmptyListThatIsNotSerialised()
    {
        var patient = new Patient();

        patient.Name.Should().BeEmpty();
        patient.EnumerateElements().Should().BeEmpty();
    }

    private static Patient SamplePatient() => new()
    {
        Id = "example",
        Identifier = [new Identifier("https://fhir.nhs.uk/Id/nhs-number", "9000000009")],
        Active = true,
        Name = [new HumanName { Family = "Smith", Given = ["Jane"] }],
        Gender = AdministrativeGender.Female,
        BirthDate = "1980-02-29",
        Deceased = new FhirBoolean(false),
        Contact =
        [
            new Patient.ContactComponent { Name = new HumanName { Family = "Smith" }, Gender = AdministrativeGender.Male },
        ],
        ManagingOrganization = new ResourceReference("Organization/1"),
    };
}

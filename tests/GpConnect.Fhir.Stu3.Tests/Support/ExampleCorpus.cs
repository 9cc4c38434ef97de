namespace GpConnect.Fhir.Stu3.Tests.Support;

/// <summary>
/// The published GP Connect examples committed under Data/examples (Data/SOURCES.md names each one's source), as
/// test data. Every JSON and XML file takes part except the ones in <see cref="Skipped"/>; files in
/// <see cref="ExpectedFailures"/> must fail strict parsing for the reason given, so a strictness regression or a fixed
/// example both show up.
/// </summary>
public static class ExampleCorpus
{
    /// <summary>Files that are not STU3 FHIR at all, or not well-formed: they say nothing about our model.</summary>
    public static readonly IReadOnlyDictionary<string, string> Skipped = new Dictionary<string, string>
    {
        ["patient-facing/includeMedReqs.json"] = "FHIR R4 (patient-facing prescriptions API), not STU3",
        ["patient-facing/methotrexate.json"] = "FHIR R4 (patient-facing prescriptions API), not STU3",
        ["patient-facing/multiplePrescriptions.json"] = "FHIR R4 (patient-facing prescriptions API), not STU3",
        ["patient-facing/prescriptions-task-example.json"] = "FHIR R4 Task (intent, focus, input), not STU3",
        ["documents/documents_response2.json"] = "not well-formed JSON as published (trailing comma)",
        ["structured/consultations_response1.json"] = "not well-formed JSON as published (trailing comma); consultations_response1.pages.json is the parseable variant",
    };

    /// <summary>Published examples that are themselves invalid STU3; strict parsing must keep rejecting them.</summary>
    public static readonly IReadOnlyDictionary<string, string> ExpectedFailures = new Dictionary<string, string>
    {
        ["appointments/search_for_free_slots_response_example.json"] =
            "Organization/Location telecom and address written as single objects where STU3 has arrays (0..*)",
        ["appointments/unknown_visit_location_example.json"] =
            "Location.address is an array, but STU3 Location.address is 0..1",
        ["foundations/get_capability_statement_response_example.json"] =
            "software.releaseDate holds the template text '[Provider Software Release Date]', not a dateTime",
        ["foundations/read_location_response_example.json"] =
            "Location.address is an array, but STU3 Location.address is 0..1",
        ["messaging/ITK-Response-30003-Example-1.xml"] =
            "OperationOutcome issue display carries leading/trailing whitespace",
        ["messaging/blood-pressure-check-service--example-1.xml"] =
            "meta.profile values carry trailing whitespace",
        ["messaging/example--gpc-update-record--prsb--clinical-summary.xml"] =
            "ClinicalImpression has meta before id (XML element order is fixed in STU3)",
        ["messaging/example--gpc-update-record--prsb--history.xml"] =
            "ClinicalImpression has meta before id (XML element order is fixed in STU3)",
        ["messaging/example--gpc-update-record--prsb--info-advice-given.xml"] =
            "ClinicalImpression has identifier before meta (XML element order is fixed in STU3)",
        ["messaging/example--gpc-update-record--prsb--plan-requested-actions.xml"] =
            "ClinicalImpression has identifier before meta (XML element order is fixed in STU3)",
        ["messaging/example--gpc-update-record--prsb--pregnancy-state.xml"] =
            "Observation has identifier before meta (XML element order is fixed in STU3)",
        ["messaging/example--gpc-update-record--prsb--procedures-contraception.xml"] =
            "Observation has effective before subject and context (XML element order is fixed in STU3)",
        ["messaging/example--gpc-update-record--prsb--red-flags.xml"] =
            "ClinicalImpression has identifier before meta (XML element order is fixed in STU3)",
        ["messaging/example--gpc-update-record--prsb--signpost-details.xml"] =
            "ClinicalImpression has identifier before meta (XML element order is fixed in STU3)",
        ["messaging/senddocument-consultation_report.xml"] =
            "MessageHeader has source before event/sender/timestamp (XML element order is fixed in STU3)",
        ["messaging/senddocument-definition.xml"] =
            "extension values written as empty elements (<valueString/>), which FHIR forbids",
        ["messaging/senddocument-oc_consultation_report.xml"] =
            "MessageHeader has source before event/sender/timestamp (XML element order is fixed in STU3)",
        ["messaging/senddocument-oc_consultation_report_consent.xml"] =
            "MessageHeader has source before event/sender/timestamp (XML element order is fixed in STU3)",
        ["messaging/senddocument-oc_consultation_report_klinik.xml"] =
            "MessageHeader has source before event/sender/timestamp (XML element order is fixed in STU3)",
        ["structured/consultations_forwards_response1.json"] =
            "Duration/Quantity values written as JSON strings (\"28\") and expectedSupplyDuration.code as an array",
        ["structured/consultations_response1.pages.json"] =
            "a resource id containing '/' and a dateTime with a time but no time zone",
        ["structured/consultations_response2.json"] =
            "Patient.generalPractitioner written as a single object where STU3 has an array (0..*)",
        ["structured/consultations_response3.json"] =
            "Patient.generalPractitioner written as a single object where STU3 has an array (0..*)",
        ["structured/diaryentries_response1.json"] =
            "two Bundle entries hold ProcedureRequest fields directly instead of inside 'resource'",
        ["structured/immunizations_response2.json"] =
            "Immunization.explanation.notGivenReason is the R4 name; STU3 calls it reasonNotGiven",
        ["structured/meds_response.json"] =
            "Duration/Quantity values written as JSON strings (\"28\") where STU3 needs a JSON number",
        ["structured/pathology_response2.json"] =
            "a SNOMED code with a trailing space ('394595002 ')",
        ["structured/problems_response1.json"] =
            "Patient.generalPractitioner written as a single object where STU3 has an array (0..*)",
        ["structured/problems_response2.json"] =
            "Patient.generalPractitioner written as a single object where STU3 has an array (0..*)",
        ["structured/problems_response3.json"] =
            "Patient.generalPractitioner written as a single object where STU3 has an array (0..*)",
        ["structured/reference-provider/ConsultationResponse1.xml"] =
            "Encounter.period.end '2019-05-01T10:38:00' has a time but no time zone",
        ["structured/reference-provider/uncategorised_data_resp.xml"] =
            "ids containing '_' (not allowed in an STU3 id) and elements out of STU3 order",
        ["structured/skeleton_full_record.json"] =
            "a skeleton with the mandatory List.status/mode and other required elements left out",
        ["structured/uncategorised_response1.json"] =
            "a SNOMED code with a leading space (' 86290005')",
        ["structured/uncategorised_response2.json"] =
            "Patient.generalPractitioner written as a single object where STU3 has an array (0..*)",
        ["structured/uncategorised_response3.json"] =
            "Patient.generalPractitioner written as a single object where STU3 has an array (0..*)",
    };

    /// <summary>
    /// Examples that parse but cannot survive XML unchanged because of a defect in the example itself;
    /// they still take part in the JSON and schema tests.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> LossyInXml = new Dictionary<string, string>
    {
        ["structured/immunizations_response1.json"] =
            "a coding system 'http://hl7.org/fhir/v3/NullFlavor ' with a trailing space: Firely's JSON parser keeps it, its XML parser trims it",
    };

    public static TheoryData<string> ExactInXmlExamples()
    {
        var data = new TheoryData<string>();
        foreach (var file in ParseableExamples().Select(row => row.Data).Where(f => !LossyInXml.ContainsKey(f)))
        {
            data.Add(file);
        }

        return data;
    }

    public static TheoryData<string> ParseableExamples()
    {
        var data = new TheoryData<string>();
        foreach (var file in AllFiles().Where(f => !Skipped.ContainsKey(f) && !ExpectedFailures.ContainsKey(f)))
        {
            data.Add(file);
        }

        return data;
    }

    public static TheoryData<string, string> InvalidExamples()
    {
        var data = new TheoryData<string, string>();
        foreach (var (file, reason) in ExpectedFailures)
        {
            data.Add(file, reason);
        }

        return data;
    }

    public static IEnumerable<string> AllFiles() =>
        Directory.EnumerateFiles(TestData.ExamplesFolder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(TestData.ExamplesFolder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static string Read(string relativePath) => File.ReadAllText(TestData.ExampleFile(relativePath));
}

using System.Text;
using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;

namespace GpConnect.Provider.Store.Seed;

/// <summary>
/// Builds one test patient's clinical record in memory. Every item gets a business identifier derived from the
/// patient key and the item's name, so the same record has the same identifiers in every database.
/// </summary>
internal sealed class PatientRecordBuilder(string patientKey, Patient patient, Practitioner clinician, Location surgery, MedicationCatalogue medications)
{
    public string PatientKey { get; } = patientKey;

    public List<Allergy> Allergies { get; } = [];

    public List<MedicationStatement> MedicationStatements { get; } = [];

    public List<Problem> Problems { get; } = [];

    public List<Consultation> Consultations { get; } = [];

    public List<Immunisation> Immunisations { get; } = [];

    public List<Observation> Observations { get; } = [];

    public List<DiagnosticReport> DiagnosticReports { get; } = [];

    public List<Referral> Referrals { get; } = [];

    public List<DiaryEntry> DiaryEntries { get; } = [];

    public List<Document> Documents { get; } = [];

    /// <summary>Every root entity, ready for AddRange (children hang off navigations).</summary>
    public IEnumerable<object> Entities =>
        Allergies.Cast<object>().Concat(MedicationStatements).Concat(Problems).Concat(Consultations).Concat(Immunisations)
            .Concat(Observations).Concat(DiagnosticReports).Concat(Referrals).Concat(DiaryEntries).Concat(Documents);

    public Guid IdentifierFor(string name) => SeedIdentifiers.For($"{PatientKey}/{name}");

    public Allergy ActiveAllergy(string name, string code, string display, AllergyCategory category, DateTime asserted, Reaction? reaction = null, bool confidential = false)
    {
        var allergy = Item<Allergy>(name, asserted, confidential);
        allergy.ClinicalStatus = AllergyClinicalStatus.Active;
        allergy.Category = category;
        allergy.Type = AllergyType.Allergy;
        allergy.Criticality = AllergyCriticality.Low;
        allergy.Code = code;
        allergy.Display = display;
        allergy.AssertedDate = asserted;
        allergy.OnsetDate = asserted;
        allergy.AsserterId = clinician.Id;
        if (reaction is not null)
        {
            allergy.ReactionManifestationCode = reaction.Code;
            allergy.ReactionManifestationDisplay = reaction.Display;
            allergy.ReactionSeverity = reaction.Severity;
        }

        Allergies.Add(allergy);
        return allergy;
    }

    public Allergy EndedAllergy(string name, string code, string display, AllergyCategory category, DateTime asserted, DateTime ended, string endReason, Reaction? reaction = null)
    {
        var allergy = ActiveAllergy(name, code, display, category, asserted, reaction);
        allergy.ClinicalStatus = AllergyClinicalStatus.Resolved;
        allergy.EndDate = ended;
        allergy.EndReason = endReason;
        return allergy;
    }

    public Allergy NoKnownAllergies(string name, DateTime asserted)
    {
        var assertion = ActiveAllergy(name, SnomedCodes.NoKnownAllergy, "No known allergy", AllergyCategory.Medication, asserted);
        assertion.IsNoKnownAllergyAssertion = true;
        assertion.Type = null;
        assertion.Criticality = null;
        return assertion;
    }

    /// <summary>
    /// An authorisation (statement + plan) with one issue per supply period from <paramref name="start"/> until it
    /// ends or <paramref name="now"/>, at most <paramref name="maxIssues"/>.
    /// </summary>
    public MedicationStatement Medication(string name, Drug drug, PrescriptionType type, DateTime start, DateTime? end, DateTime now, int maxIssues, bool confidential = false, string? stopReason = null)
    {
        var medication = medications.Get(drug.Code, drug.Display);
        var status = stopReason is not null ? MedicationStatus.Stopped : end is null || end > now ? MedicationStatus.Active : MedicationStatus.Completed;
        var statement = Item<MedicationStatement>($"{name}/statement", start, confidential);
        statement.Medication = medication;
        statement.Status = status;
        statement.EffectiveStart = start;
        statement.EffectiveEnd = end;
        statement.DateAsserted = start;
        statement.DosageText = drug.Dosage;
        statement.PrescribingAgency = PrescribingAgency.PrescribedAtGpPractice;

        var plan = Item<MedicationRequest>($"{name}/plan", start, confidential);
        plan.Intent = MedicationRequestIntent.Plan;
        plan.Medication = medication;
        plan.Status = status;
        plan.AuthoredOn = start;
        plan.DosageText = drug.Dosage;
        plan.ValidityStart = start;
        plan.ValidityEnd = end;
        plan.Quantity = drug.Quantity;
        plan.QuantityText = drug.QuantityText;
        plan.ExpectedSupplyDays = drug.SupplyDays;
        plan.PrescriptionType = type;
        if (type is PrescriptionType.Repeat or PrescriptionType.RepeatDispensing)
        {
            plan.RepeatsAllowed = 6;
            plan.AuthorisationExpiryDate = end ?? start.AddYears(1);
        }

        if (stopReason is not null)
        {
            plan.StatusChangeDate = end;
            plan.StatusReason = stopReason;
        }

        statement.Requests.Add(plan);
        var issues = 0;
        for (var issued = start; issues < maxIssues && issued <= now && (end is null || issued <= end); issued = issued.AddDays(drug.SupplyDays))
        {
            issues++;
            var order = Item<MedicationRequest>($"{name}/issue/{issues}", issued, confidential);
            order.Intent = MedicationRequestIntent.Order;
            order.BasedOnPlan = plan;
            order.Medication = medication;
            order.Status = MedicationStatus.Completed;
            order.AuthoredOn = issued;
            order.DosageText = drug.Dosage;
            order.ValidityStart = issued;
            order.ValidityEnd = issued.AddDays(drug.SupplyDays);
            order.Quantity = drug.Quantity;
            order.QuantityText = drug.QuantityText;
            order.ExpectedSupplyDays = drug.SupplyDays;
            statement.Requests.Add(order);
            statement.LastIssueDate = issued;
        }

        if (plan.RepeatsAllowed is not null)
        {
            plan.RepeatsIssued = issues;
        }

        MedicationStatements.Add(statement);
        return statement;
    }

    public Problem Problem(string name, string code, string display, DateTime onset, ProblemSignificance significance, DateTime? resolved = null)
    {
        var problem = Item<Problem>(name, onset);
        problem.Code = code;
        problem.Display = display;
        problem.ClinicalStatus = resolved is null ? ProblemClinicalStatus.Active : ProblemClinicalStatus.Inactive;
        problem.Significance = significance;
        problem.AssertedDate = onset;
        problem.OnsetDate = onset;
        problem.AbatementDate = resolved;
        problem.AsserterId = clinician.Id;
        Problems.Add(problem);
        return problem;
    }

    public static void Link(Problem problem, ClinicalItemType type, Guid identifier) =>
        problem.LinkedItems.Add(new ProblemLinkedItem { ItemType = type, ItemIdentifier = identifier });

    public static void Link(Problem problem, Consultation consultation) =>
        problem.LinkedItems.Add(new ProblemLinkedItem { Consultation = consultation });

    /// <summary>Records the parent/child relationship in both directions, as each header carries its own extension.</summary>
    public static void ParentOf(Problem parent, Problem child)
    {
        parent.Relationships.Add(new ProblemRelationship { RelatedProblem = child, Type = ProblemRelationshipType.Child });
        child.Relationships.Add(new ProblemRelationship { RelatedProblem = parent, Type = ProblemRelationshipType.Parent });
    }

    public Consultation Consultation(string name, string typeCode, string typeDisplay, DateTime start, int minutes)
    {
        var consultation = new Consultation
        {
            Identifier = IdentifierFor(name),
            PatientId = patient.Id,
            Status = ConsultationStatus.Finished,
            TypeCode = typeCode,
            TypeDisplay = typeDisplay,
            StartTime = start,
            EndTime = start.AddMinutes(minutes),
            RecorderId = clinician.Id,
            PrimaryClinicianId = clinician.Id,
            LocationId = surgery.Id,
            ServiceProviderId = surgery.ManagingOrganisationId,
            RecordedAt = start,
        };
        Consultations.Add(consultation);
        return consultation;
    }

    public static ConsultationSection Topic(Consultation consultation, string title, Problem? problem = null)
    {
        var topic = new ConsultationSection
        {
            Kind = ConsultationSectionKind.Topic,
            Title = title,
            Problem = problem,
            SortOrder = consultation.Sections.Count(s => s.Kind == ConsultationSectionKind.Topic) + 1,
        };
        consultation.Sections.Add(topic);
        return topic;
    }

    public static ConsultationSection Heading(Consultation consultation, ConsultationSection topic, string title)
    {
        var heading = new ConsultationSection
        {
            Kind = ConsultationSectionKind.Heading,
            Title = title,
            ParentSection = topic,
            SortOrder = topic.Headings.Count + 1,
        };
        topic.Headings.Add(heading);
        consultation.Sections.Add(heading);
        return heading;
    }

    /// <summary>Files <paramref name="item"/> under a consultation section and makes the consultation its context.</summary>
    public static void Record(ConsultationSection section, Consultation consultation, ClinicalItemType type, ClinicalItem item)
    {
        section.Items.Add(new ConsultationItem { ItemType = type, ItemIdentifier = item.Identifier, SortOrder = section.Items.Count + 1 });
        item.Consultation = consultation;
    }

    public Immunisation Immunisation(string name, Vaccination vaccination, DateTime given, int doseSequence)
    {
        var immunisation = Item<Immunisation>(name, given);
        immunisation.ProcedureCode = vaccination.ProcedureCode;
        immunisation.ProcedureDisplay = vaccination.ProcedureDisplay;
        immunisation.TargetDiseaseCode = vaccination.TargetDiseaseCode;
        immunisation.TargetDiseaseDisplay = vaccination.TargetDiseaseDisplay;
        immunisation.AdministeredAt = given;
        immunisation.LocationId = surgery.Id;
        immunisation.PerformerId = clinician.Id;
        immunisation.DoseSequence = doseSequence;
        immunisation.Site = "Left upper arm";
        immunisation.Route = "Intramuscular";
        immunisation.LotNumber = $"LOT{given:yyyyMM}";
        Immunisations.Add(immunisation);
        return immunisation;
    }

    public Observation Uncategorised(string name, string code, string display, DateTime effective, decimal? value = null, string? unit = null, string? text = null, bool confidential = false)
    {
        var observation = Item<Observation>(name, effective, confidential);
        observation.Kind = ObservationKind.Uncategorised;
        observation.Code = code;
        observation.Display = display;
        observation.EffectiveStart = effective;
        observation.Issued = effective;
        observation.PerformerId = clinician.Id;
        observation.ValueQuantity = value;
        observation.ValueUnit = unit;
        observation.ValueString = text;
        Observations.Add(observation);
        return observation;
    }

    public Observation BloodPressure(string name, DateTime effective, int systolic, int diastolic)
    {
        var panel = Uncategorised(name, "75367002", "Blood pressure", effective);
        panel.Kind = ObservationKind.BloodPressure;
        panel.Components.Add(new ObservationComponent { Code = "72313002", Display = "Systolic arterial pressure", ValueQuantity = systolic, ValueUnit = "mm[Hg]" });
        panel.Components.Add(new ObservationComponent { Code = "1091811000000102", Display = "Diastolic arterial pressure", ValueQuantity = diastolic, ValueUnit = "mm[Hg]" });
        return panel;
    }

    /// <summary>
    /// A full blood count report: the test request, a venous blood specimen, the FBC test group with three results
    /// and a filing comment.
    /// </summary>
    public DiagnosticReport FullBloodCount(string name, DateTime collected)
    {
        var issued = collected.AddDays(1);
        var report = Item<DiagnosticReport>(name, issued);
        report.Status = DiagnosticReportStatus.Final;
        report.Issued = issued;
        report.LabReportId = $"LAB-{PatientKey.ToUpperInvariant()}-{collected:yyyyMMdd}";
        report.PerformerOrganisationName = "Leeds Teaching Hospitals Pathology";
        report.PerformerOrganisationOdsCode = "RR8";
        report.TestRequestIdentifier = IdentifierFor($"{name}/request");
        report.TestRequestCode = "26604007";
        report.TestRequestDisplay = "Full blood count";
        report.TestRequestedAt = collected;
        report.TestRequesterId = clinician.Id;

        var specimen = new Specimen
        {
            Identifier = IdentifierFor($"{name}/specimen"),
            PatientId = patient.Id,
            AccessionIdentifier = $"ACC{collected:yyyyMMdd}{patient.Id:D4}",
            TypeCode = "122555007",
            TypeDisplay = "Venous blood specimen",
            CollectedAt = collected,
            ReceivedAt = collected.AddHours(4),
            FastingStatus = "Not fasting",
        };
        report.Specimens.Add(specimen);

        var group = ReportObservation(report, $"{name}/group", ObservationKind.TestGroup, "26604007", "Full blood count", issued, specimen);
        Result(report, group, $"{name}/haemoglobin", "1022431000000105", "Haemoglobin estimation", 142m, "g/L", 130m, 180m, issued, specimen);
        Result(report, group, $"{name}/white-cells", "1022541000000102", "Total white cell count", 6.8m, "10*9/L", 4m, 11m, issued, specimen);
        Result(report, group, $"{name}/platelets", "1022651000000100", "Platelet count", 250m, "10*9/L", 150m, 400m, issued, specimen);
        var comment = ReportObservation(report, $"{name}/filing-comment", ObservationKind.FilingComment, SnomedCodes.CommentNote, "Comment note", issued, null);
        comment.Comment = "Normal. No action required.";
        DiagnosticReports.Add(report);
        return report;
    }

    public Referral Referral(string name, DateTime authored, ReferralPriority priority, string reasonCode, string reasonDisplay, string recipient, string description, string? ubrn = null)
    {
        var referral = Item<Referral>(name, authored);
        referral.AuthoredOn = authored;
        referral.Priority = priority;
        referral.RequesterId = clinician.Id;
        referral.ReasonCode = reasonCode;
        referral.ReasonDisplay = reasonDisplay;
        referral.RecipientOrganisationName = recipient;
        referral.Description = description;
        referral.Ubrn = ubrn;
        Referrals.Add(referral);
        return referral;
    }

    public DiaryEntry Diary(string name, string code, string display, DateTime authored, DateTime planned)
    {
        var entry = Item<DiaryEntry>(name, authored);
        entry.Status = DiaryEntryStatus.Active;
        entry.Code = code;
        entry.Display = display;
        entry.AuthoredOn = authored;
        entry.RequesterId = clinician.Id;
        entry.PlannedStart = planned;
        DiaryEntries.Add(entry);
        return entry;
    }

    public Document Document(string name, string typeCode, string typeDisplay, string description, DateTime created, string contentType, byte[] content)
    {
        var document = Item<Document>(name, created);
        document.TypeCode = typeCode;
        document.TypeDisplay = typeDisplay;
        document.Description = description;
        document.Created = created;
        document.Indexed = created.AddDays(1);
        document.AuthorOrganisationId = surgery.ManagingOrganisationId;
        document.AuthorPractitionerId = clinician.Id;
        document.ContentType = contentType;
        document.SizeBytes = content.LongLength;
        document.Content = new DocumentContent { Data = content };
        Documents.Add(document);
        return document;
    }

    /// <summary>Plain text of exactly <paramref name="size"/> bytes, the same on every run (no large file is committed).</summary>
    public static byte[] GeneratedText(string title, int size)
    {
        var content = new byte[size];
        var written = 0;
        for (var line = 1; written < size; line++)
        {
            var bytes = Encoding.UTF8.GetBytes(line == 1 ? title + "\n" : $"Line {line:D7} of a generated test document.\n");
            var count = Math.Min(bytes.Length, size - written);
            Array.Copy(bytes, 0, content, written, count);
            written += count;
        }

        return content;
    }

    private Observation ReportObservation(DiagnosticReport report, string name, ObservationKind kind, string code, string display, DateTime issued, Specimen? specimen)
    {
        var observation = Item<Observation>(name, issued);
        observation.Kind = kind;
        observation.Code = code;
        observation.Display = display;
        observation.EffectiveStart = specimen?.CollectedAt;
        observation.Issued = issued;
        observation.Specimen = specimen;
        report.Observations.Add(observation);
        return observation;
    }

    private void Result(DiagnosticReport report, Observation group, string name, string code, string display, decimal value, string unit, decimal low, decimal high, DateTime issued, Specimen specimen)
    {
        var result = ReportObservation(report, name, ObservationKind.TestResult, code, display, issued, specimen);
        result.ValueQuantity = value;
        result.ValueUnit = unit;
        result.ReferenceRangeLow = low;
        result.ReferenceRangeHigh = high;
        result.Interpretation = "Normal";
        result.Parent = group;
    }

    private T Item<T>(string name, DateTime recorded, bool confidential = false)
        where T : ClinicalItem, new() => new()
        {
            Identifier = IdentifierFor(name),
            PatientId = patient.Id,
            RecordedAt = recorded,
            RecorderId = clinician.Id,
            IsConfidential = confidential,
        };
}

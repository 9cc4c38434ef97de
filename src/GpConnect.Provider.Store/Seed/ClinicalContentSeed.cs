using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using static GpConnect.Provider.Store.Seed.PatientRecordBuilder;

namespace GpConnect.Provider.Store.Seed;

/// <summary>
/// The clinical content each assurance test patient must, or must not, hold (test-patients data sheet: "x" = data in
/// that area, "0" = none). Patient 1 has nothing at all; patient 2 has every area, richly linked; the others have
/// what their tests need. Dates that tests measure from the current date (medications three years back, diary
/// entries up to ten years ahead) are relative to the server clock at seed time.
/// </summary>
/// <remarks>
/// Each patient's content is written by one SaveChanges, so it is all there or not at all; a patient whose first
/// allergy identifier is already stored is skipped (every patient with content has at least one allergy row).
/// </remarks>
internal sealed class ClinicalContentSeed(
    ClinicalRecordDbContext db,
    ReferenceData reference,
    IReadOnlyDictionary<string, Patient> patients,
    DateTimeOffset now)
{
    private readonly DateTime _now = now.UtcDateTime;
    private readonly DateTime _today = now.UtcDateTime.Date;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var catalogue = await MedicationCatalogue.LoadAsync(db, cancellationToken).ConfigureAwait(false);
        var builders = new List<PatientRecordBuilder>
        {
            Patient2(Builder("patient2", catalogue)),
            Patient3(Builder("patient3", catalogue)),
            Patient4(Builder("patient4", catalogue)),
            Patient5(Builder("patient5", catalogue)),
            Patient6(Builder("patient6", catalogue)),
            AllergiesCurrentAndEnded(Builder("patient7", catalogue)),
            AllergiesCurrentAndEnded(Builder("patient8", catalogue)),
            AllergiesCurrentAndEnded(Builder("patient9", catalogue)),
            AllergiesCurrentAndEnded(Builder("patient10", catalogue)),
            AllergiesCurrentAndEnded(Builder("patient11", catalogue)),
            Patient12(Builder("patient12", catalogue)),
            AllergiesCurrentAndEnded(Builder("patient13", catalogue)),
            AllergiesCurrentAndEnded(Builder("patient14", catalogue)),
            AllergiesCurrentAndEnded(Builder("patient15", catalogue)),
            Patient16(Builder("patient16", catalogue)),
            Patient17(Builder("patient17", catalogue)),
            Patient18(Builder("patient18", catalogue)),
            AllergiesCurrentAndEnded(Builder("patientNoAppointments", catalogue)),
            AllergiesCurrentAndEnded(Builder("patient21", catalogue)),
        };

        // One query for the whole seed: a patient whose first allergy is already stored has all its content.
        var markers = builders.Select(builder => builder.Allergies[0].Identifier).ToList();
        var seeded = (await db.Allergies
            .Where(a => markers.Contains(a.Identifier))
            .Select(a => a.Identifier)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false)).ToHashSet();
        foreach (var builder in builders.Where(builder => !seeded.Contains(builder.Allergies[0].Identifier)))
        {
            db.AddRange(builder.Entities);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static DateTime Utc(int year, int month, int day) => new(year, month, day, 10, 0, 0, DateTimeKind.Utc);

    private PatientRecordBuilder Builder(string key, MedicationCatalogue catalogue) =>
        new(key, patients[key], reference.Practitioners["practitioner1"], reference.Locations[1], catalogue);

    /// <summary>Every area, linked the ways Access Record Structured and Migrate tests follow.</summary>
    private PatientRecordBuilder Patient2(PatientRecordBuilder r)
    {
        var threeYearsAgo = _today.AddYears(-3).AddDays(-30).AddHours(10);

        r.ActiveAllergy("allergy/penicillin", "91936005", "Allergy to penicillin", AllergyCategory.Medication, Utc(2012, 5, 14), SeedCodes.Rash);
        r.ActiveAllergy("allergy/peanut", "91935009", "Allergy to peanut", AllergyCategory.Environment, Utc(2015, 8, 2), SeedCodes.Anaphylaxis);
        r.EndedAllergy("allergy/latex", "300916003", "Latex allergy", AllergyCategory.Environment, Utc(2010, 3, 9), Utc(2019, 11, 20), "No longer reacts on re-exposure", SeedCodes.Urticaria);

        var amlodipine = r.Medication("medication/amlodipine", SeedCodes.Amlodipine, PrescriptionType.Repeat, threeYearsAgo, null, _now, 12);
        var simvastatin = r.Medication("medication/simvastatin", SeedCodes.Simvastatin, PrescriptionType.Repeat, _today.AddYears(-2).AddHours(10), null, _now, 6);
        r.Medication("medication/amoxicillin", SeedCodes.Amoxicillin, PrescriptionType.Acute, threeYearsAgo.AddDays(14), threeYearsAgo.AddDays(21), _now, 1);
        r.Medication("medication/aspirin", SeedCodes.Aspirin, PrescriptionType.Repeat, _today.AddYears(-4).AddHours(10), _today.AddYears(-1).AddHours(10), _now, 4, stopReason: "Stopped because of indigestion");

        // Confidential: excluded with the confidential-items warning, returned only by Migrate with conf/R.
        r.Medication("medication/ibuprofen", SeedCodes.Ibuprofen, PrescriptionType.Acute, _today.AddDays(-5).AddHours(10), _today.AddDays(3).AddHours(10), _now, 1, confidential: true);

        r.Immunisation("immunisation/influenza", SeedCodes.Influenza, Utc(2023, 10, 12), 1);
        r.Immunisation("immunisation/pneumococcal", SeedCodes.Pneumococcal, Utc(2016, 2, 3), 1);
        r.Immunisation("immunisation/covid19", SeedCodes.Covid19, Utc(2021, 1, 18), 1);

        var bloodPressure = r.BloodPressure("observation/blood-pressure/1", _today.AddYears(-2).AddHours(10), 152, 94);
        r.BloodPressure("observation/blood-pressure/2", _today.AddMonths(-6).AddHours(10), 138, 84);
        var weight = r.Uncategorised("observation/weight", "27113001", "Body weight", _today.AddYears(-1).AddHours(10), 82.5m, "kg");
        r.Uncategorised("observation/bmi", "60621009", "Body mass index", _today.AddYears(-1).AddHours(10), 27.1m, "kg/m2");
        r.Uncategorised("observation/smoking", "8517006", "Ex-smoker", Utc(2014, 6, 1));
        r.Uncategorised("observation/confidential-note", SnomedCodes.CommentNote, "Comment note", Utc(2020, 2, 2), text: "Patient asked that this note is not shared.", confidential: true);

        var hypertension = r.Problem("problem/hypertension", "38341003", "Hypertensive disorder", threeYearsAgo, ProblemSignificance.Major);
        var hyperlipidaemia = r.Problem("problem/hyperlipidaemia", "55822004", "Hyperlipidaemia", _today.AddYears(-2).AddHours(10), ProblemSignificance.Minor);
        var coronaryDisease = r.Problem("problem/coronary-disease", "53741008", "Coronary arteriosclerosis", Utc(2018, 9, 4), ProblemSignificance.Major);
        var infarction = r.Problem("problem/myocardial-infarction", "22298006", "Myocardial infarction", Utc(2018, 9, 1), ProblemSignificance.Major, resolved: Utc(2019, 3, 1));
        var depression = r.Problem("problem/depression", "35489007", "Depressive disorder", Utc(2020, 2, 2), ProblemSignificance.Minor);
        depression.IsConfidential = true;
        ParentOf(coronaryDisease, infarction);
        hypertension.Relationships.Add(new ProblemRelationship { RelatedProblem = hyperlipidaemia, Type = ProblemRelationshipType.Sibling });
        hyperlipidaemia.Relationships.Add(new ProblemRelationship { RelatedProblem = hypertension, Type = ProblemRelationshipType.Sibling });

        var amlodipinePlan = amlodipine.Requests.First(q => q.Intent == MedicationRequestIntent.Plan);
        var simvastatinPlan = simvastatin.Requests.First(q => q.Intent == MedicationRequestIntent.Plan);
        Link(hypertension, ClinicalItemType.MedicationStatement, amlodipine.Identifier);
        Link(hypertension, ClinicalItemType.MedicationRequest, amlodipinePlan.Identifier);
        Link(hypertension, ClinicalItemType.Observation, bloodPressure.Identifier);
        Link(hyperlipidaemia, ClinicalItemType.MedicationStatement, simvastatin.Identifier);
        Link(hyperlipidaemia, ClinicalItemType.MedicationRequest, simvastatinPlan.Identifier);
        Link(hyperlipidaemia, ClinicalItemType.Observation, weight.Identifier);

        var review = r.Consultation("consultation/hypertension-review", "185349003", "Encounter for check up", bloodPressure.EffectiveStart!.Value, 15);
        var reviewTopic = Topic(review, "Hypertension", hypertension);
        Record(Heading(review, reviewTopic, "Examination"), review, ClinicalItemType.Observation, bloodPressure);
        Record(Heading(review, reviewTopic, "Plan"), review, ClinicalItemType.MedicationRequest, amlodipinePlan);
        Link(hypertension, review);

        var telephone = r.Consultation("consultation/telephone", "185317003", "Telephone encounter", weight.EffectiveStart!.Value, 10);
        var telephoneTopic = Topic(telephone, "Cholesterol", hyperlipidaemia);
        Record(telephoneTopic, telephone, ClinicalItemType.Observation, weight);
        Record(telephoneTopic, telephone, ClinicalItemType.MedicationRequest, simvastatinPlan);
        Link(hyperlipidaemia, telephone);

        var bloodCount = r.FullBloodCount("investigation/full-blood-count", Utc(2018, 9, 3));
        Link(coronaryDisease, ClinicalItemType.DiagnosticReport, bloodCount.Identifier);

        var cardiology = r.Referral("referral/cardiology", Utc(2018, 9, 5), ReferralPriority.Urgent, "183519002", "Referral to cardiology service", "Leeds General Infirmary Cardiology", "Chest pain on exertion, recent myocardial infarction.", ubrn: "000123456789");
        r.Referral("referral/dietitian", _today.AddYears(-2).AddHours(10), ReferralPriority.Routine, "103699006", "Referral to dietitian", "Community Dietetics Service", "Dietary advice for raised cholesterol.");
        Link(coronaryDisease, ClinicalItemType.Referral, cardiology.Identifier);

        var letter = r.Document("document/cardiology-letter", "823681000000100", "Outpatient letter", "Cardiology outpatient letter", Utc(2018, 10, 15), "text/plain",
            GeneratedText("Cardiology outpatient letter for Horace SKELLY", 4096));
        r.Document("document/discharge-summary", "373942005", "Discharge summary", "Discharge summary after myocardial infarction", Utc(2018, 9, 8), "text/plain",
            GeneratedText("Discharge summary for Horace SKELLY", 2048));
        Link(coronaryDisease, ClinicalItemType.Document, letter.Identifier);

        var medicationReview = r.Diary("diary/medication-review", "182836005", "Review of medication", _now, _today.AddMonths(6).AddHours(10));
        var cardiacReview = r.Diary("diary/cardiac-review", "390906007", "Follow-up encounter", _now, _today.AddYears(10).AddDays(-30).AddHours(10));
        Link(hypertension, ClinicalItemType.DiaryEntry, medicationReview.Identifier);
        Link(coronaryDisease, ClinicalItemType.DiaryEntry, cardiacReview.Identifier);
        return r;
    }

    /// <summary>All areas except problems and documents; nothing is linked to a problem.</summary>
    private PatientRecordBuilder Patient3(PatientRecordBuilder r)
    {
        r.ActiveAllergy("allergy/grass-pollen", "418689008", "Allergy to grass pollen", AllergyCategory.Environment, Utc(2009, 5, 20), SeedCodes.Urticaria);
        r.EndedAllergy("allergy/nut", "91934008", "Allergy to nut", AllergyCategory.Environment, Utc(1990, 7, 1), Utc(2005, 7, 1), "Resolved", SeedCodes.Rash);
        r.Medication("medication/amoxicillin", SeedCodes.Amoxicillin, PrescriptionType.Acute, Utc(2021, 3, 2), Utc(2021, 3, 9), _now, 1);
        r.Medication("medication/simvastatin", SeedCodes.Simvastatin, PrescriptionType.Repeat, Utc(2019, 1, 10), Utc(2022, 1, 10), _now, 6, stopReason: "Muscle pain");
        r.Immunisation("immunisation/influenza", SeedCodes.Influenza, Utc(2022, 10, 4), 1);
        var bloodPressure = r.BloodPressure("observation/blood-pressure", Utc(2022, 10, 4), 128, 78);
        r.Uncategorised("observation/weight", "27113001", "Body weight", Utc(2022, 10, 4), 74m, "kg");
        r.FullBloodCount("investigation/full-blood-count", Utc(2022, 11, 1));
        r.Referral("referral/physiotherapy", Utc(2022, 10, 4), ReferralPriority.Routine, "306206005", "Referral to service", "Community Physiotherapy", "Physiotherapy for knee pain.");
        r.Diary("diary/follow-up", "390906007", "Follow-up encounter", _now, _today.AddYears(1).AddHours(10));
        var checkUp = r.Consultation("consultation/check-up", "185349003", "Encounter for check up", Utc(2022, 10, 4), 15);
        Record(Heading(checkUp, Topic(checkUp, "Annual review"), "Examination"), checkUp, ClinicalItemType.Observation, bloodPressure);
        return r;
    }

    /// <summary>Allergies and one document larger than the 5 MB Retrieve limit, nothing else.</summary>
    private static PatientRecordBuilder Patient4(PatientRecordBuilder r)
    {
        r.ActiveAllergy("allergy/aspirin", "293586001", "Allergy to aspirin", AllergyCategory.Medication, Utc(2011, 1, 12), SeedCodes.Urticaria);
        r.EndedAllergy("allergy/dander", "232347008", "Dander (animal) allergy", AllergyCategory.Environment, Utc(2001, 4, 3), Utc(2012, 4, 3), "No longer clinically relevant");
        r.Document("document/large-scan", "371531000", "Report of clinical encounter", "Scanned hospital records (over 5 MB)", Utc(2019, 6, 20), "text/plain",
            GeneratedText("Scanned hospital records for West CRANK", LargeDocumentBytes));
        return r;
    }

    /// <summary>Explicit "No known allergies", current and repeat medication, no past medication, no problems.</summary>
    private PatientRecordBuilder Patient5(PatientRecordBuilder r)
    {
        r.NoKnownAllergies("allergy/no-known-allergies", Utc(2016, 2, 11));
        r.Medication("medication/metformin", SeedCodes.Metformin, PrescriptionType.Repeat, _today.AddMonths(-8).AddHours(10), null, _now, 8);
        r.Medication("medication/paracetamol", SeedCodes.Paracetamol, PrescriptionType.Acute, _today.AddDays(-3).AddHours(10), _today.AddDays(5).AddHours(10), _now, 1);
        return r;
    }

    private PatientRecordBuilder Patient6(PatientRecordBuilder r)
    {
        AllergiesCurrentAndEnded(r);
        r.Medication("medication/amlodipine", SeedCodes.Amlodipine, PrescriptionType.Repeat, _today.AddMonths(-4).AddHours(10), null, _now, 4);
        return r;
    }

    /// <summary>Allergies and past medication only; no problems (merged record).</summary>
    private PatientRecordBuilder Patient12(PatientRecordBuilder r)
    {
        AllergiesCurrentAndEnded(r);
        r.Medication("medication/ibuprofen", SeedCodes.Ibuprofen, PrescriptionType.Acute, Utc(2022, 5, 3), Utc(2022, 5, 11), _now, 1);
        return r;
    }

    /// <summary>A confidential allergy (confidential-items warning), an active one with no end reason, an ended one and a referral.</summary>
    private static PatientRecordBuilder Patient16(PatientRecordBuilder r)
    {
        r.ActiveAllergy("allergy/penicillin", "91936005", "Allergy to penicillin", AllergyCategory.Medication, Utc(2008, 2, 19), SeedCodes.Rash);
        r.ActiveAllergy("allergy/latex", "300916003", "Latex allergy", AllergyCategory.Environment, Utc(2015, 7, 7), SeedCodes.Urticaria, confidential: true);
        r.EndedAllergy("allergy/shellfish", "300913006", "Shellfish allergy", AllergyCategory.Environment, Utc(2003, 9, 9), Utc(2016, 9, 9), "Tolerated on food challenge", SeedCodes.Nausea);
        r.Referral("referral/dermatology", Utc(2021, 4, 1), ReferralPriority.Routine, "306206005", "Referral to service", "Dermatology Outpatients", "Contact dermatitis; patch testing requested.");
        return r;
    }

    /// <summary>Ended allergies, with end date and reason.</summary>
    private static PatientRecordBuilder Patient17(PatientRecordBuilder r)
    {
        r.EndedAllergy("allergy/amoxicillin", "294505008", "Allergy to amoxicillin", AllergyCategory.Medication, Utc(2004, 6, 1), Utc(2018, 6, 1), "Tolerated on drug challenge", SeedCodes.Rash);
        r.EndedAllergy("allergy/grass-pollen", "418689008", "Allergy to grass pollen", AllergyCategory.Environment, Utc(1999, 5, 5), Utc(2010, 5, 5), "Resolved");
        r.ActiveAllergy("allergy/peanut", "91935009", "Allergy to peanut", AllergyCategory.Environment, Utc(2012, 12, 12), SeedCodes.Anaphylaxis);
        return r;
    }

    /// <summary>Deceased in 1993: a record for Migrate, all of it before the date of death.</summary>
    private PatientRecordBuilder Patient18(PatientRecordBuilder r)
    {
        r.ActiveAllergy("allergy/penicillin", "91936005", "Allergy to penicillin", AllergyCategory.Medication, Utc(1985, 3, 3), SeedCodes.Rash);
        r.EndedAllergy("allergy/dander", "232347008", "Dander (animal) allergy", AllergyCategory.Environment, Utc(1980, 1, 1), Utc(1988, 1, 1), "Resolved");
        var asthma = r.Problem("problem/asthma", "195967001", "Asthma", Utc(1980, 6, 1), ProblemSignificance.Major);
        var visit = r.Consultation("consultation/asthma-review", "185349003", "Encounter for check up", Utc(1992, 11, 2), 10);
        var weight = r.Uncategorised("observation/weight", "27113001", "Body weight", Utc(1992, 11, 2), 71m, "kg");
        Record(Topic(visit, "Asthma", asthma), visit, ClinicalItemType.Observation, weight);
        Link(asthma, visit);
        r.Medication("medication/amoxicillin", SeedCodes.Amoxicillin, PrescriptionType.Acute, Utc(1992, 11, 2), Utc(1992, 11, 9), _now, 1);
        return r;
    }

    private static PatientRecordBuilder AllergiesCurrentAndEnded(PatientRecordBuilder r)
    {
        r.ActiveAllergy("allergy/penicillin", "91936005", "Allergy to penicillin", AllergyCategory.Medication, Utc(2014, 4, 22), SeedCodes.Rash);
        r.EndedAllergy("allergy/grass-pollen", "418689008", "Allergy to grass pollen", AllergyCategory.Environment, Utc(2001, 5, 1), Utc(2013, 5, 1), "No longer clinically relevant", SeedCodes.Urticaria);
        return r;
    }

    /// <summary>Six MiB: over the 5 MB Access Document Retrieve limit however a megabyte is counted.</summary>
    internal const int LargeDocumentBytes = 6 * 1024 * 1024;
}

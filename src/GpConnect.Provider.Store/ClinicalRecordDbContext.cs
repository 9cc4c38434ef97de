using System.Text;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GpConnect.Provider.Store;

/// <summary>
/// The clinical record of the practices this provider serves: reference data (practices, organisations, locations,
/// practitioners), patients and their registrations, the appointment book, the structured record, documents,
/// inbound ITK3 messages, the audit trail and the local PDS dataset. Columns are real columns (snake_case), not FHIR JSON.
/// </summary>
/// <remarks>
/// The application resolves this base type; the concrete type is <see cref="SqliteClinicalRecordDbContext"/> (embedded
/// default) or <see cref="PostgresClinicalRecordDbContext"/> (production), chosen by <c>Database:Provider</c>. Each has
/// its own migrations, so after a model change add one migration per provider, from the repository root:
/// <code>
/// dotnet tool run dotnet-ef migrations add &lt;Name&gt; --project src/GpConnect.Provider.Store --startup-project src/GpConnect.Provider.Store --context PostgresClinicalRecordDbContext --output-dir Migrations/Postgres
/// dotnet tool run dotnet-ef migrations add &lt;Name&gt; --project src/GpConnect.Provider.Store --startup-project src/GpConnect.Provider.Store --context SqliteClinicalRecordDbContext --output-dir Migrations/Sqlite
/// </code>
/// The design-time factories in <c>DesignTime/</c> build the contexts without the host. The store tests fail while
/// either provider's model has pending changes.
/// </remarks>
public abstract class ClinicalRecordDbContext : DbContext
{
    protected ClinicalRecordDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Practice> Practices => Set<Practice>();

    public DbSet<Location> Locations => Set<Location>();

    public DbSet<Practitioner> Practitioners => Set<Practitioner>();

    public DbSet<PractitionerRole> PractitionerRoles => Set<PractitionerRole>();

    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<PatientPreviousNhsNumber> PatientPreviousNhsNumbers => Set<PatientPreviousNhsNumber>();

    public DbSet<PatientContact> PatientContacts => Set<PatientContact>();

    public DbSet<Schedule> Schedules => Set<Schedule>();

    public DbSet<Slot> Slots => Set<Slot>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<AppointmentSlot> AppointmentSlots => Set<AppointmentSlot>();

    public DbSet<Allergy> Allergies => Set<Allergy>();

    public DbSet<Medication> Medications => Set<Medication>();

    public DbSet<MedicationStatement> MedicationStatements => Set<MedicationStatement>();

    public DbSet<MedicationRequest> MedicationRequests => Set<MedicationRequest>();

    public DbSet<Problem> Problems => Set<Problem>();

    public DbSet<ProblemRelationship> ProblemRelationships => Set<ProblemRelationship>();

    public DbSet<ProblemLinkedItem> ProblemLinkedItems => Set<ProblemLinkedItem>();

    public DbSet<Consultation> Consultations => Set<Consultation>();

    public DbSet<ConsultationSection> ConsultationSections => Set<ConsultationSection>();

    public DbSet<ConsultationItem> ConsultationItems => Set<ConsultationItem>();

    public DbSet<Immunisation> Immunisations => Set<Immunisation>();

    public DbSet<Observation> Observations => Set<Observation>();

    public DbSet<ObservationComponent> ObservationComponents => Set<ObservationComponent>();

    public DbSet<DiagnosticReport> DiagnosticReports => Set<DiagnosticReport>();

    public DbSet<Specimen> Specimens => Set<Specimen>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<DiaryEntry> DiaryEntries => Set<DiaryEntry>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<DocumentContent> DocumentContents => Set<DocumentContent>();

    public DbSet<InboundMessage> InboundMessages => Set<InboundMessage>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>The local stand-in for the Personal Demographics Service that register patient traces against.</summary>
    public DbSet<PdsRecord> PdsRecords => Set<PdsRecord>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AdvanceVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AdvanceVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ClinicalRecordDbContext).Assembly);
        UseSnakeCaseNames(modelBuilder);
    }

    /// <summary>
    /// Version is the concurrency token: the UPDATE is guarded by the original value and writes original + 1, so it
    /// works alike on SQLite and PostgreSQL (xmin exists only on PostgreSQL).
    /// </summary>
    private void AdvanceVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersionedEntity>())
        {
            if (entry.State == EntityState.Added && entry.Entity.Version == 0)
            {
                entry.Entity.Version = 1;
            }
            else if (entry.State == EntityState.Modified)
            {
                PropertyEntry<IVersionedEntity, int> version = entry.Property(e => e.Version);
                version.CurrentValue = version.OriginalValue + 1;
            }
        }
    }

    /// <summary>Lower-case snake_case columns and constraint names, so PostgreSQL needs no quoting in hand-written SQL.</summary>
    private static void UseSnakeCaseNames(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.Name));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(key.GetDefaultName()?.ToLowerInvariant());
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(foreignKey.GetDefaultName()?.ToLowerInvariant());
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(index.GetDefaultDatabaseName()?.ToLowerInvariant());
            }
        }
    }

    internal static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var startsWordInAcronym = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (previousIsLowerOrDigit || startsWordInAcronym)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

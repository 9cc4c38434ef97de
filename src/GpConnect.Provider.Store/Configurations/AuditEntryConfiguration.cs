using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Id);

        // Unique: the last line of defence behind AuditTrail's locked allocation of the next number.
        builder.HasIndex(e => e.SequenceNumber).IsUnique();
        builder.Property(e => e.InteractionId).HasMaxLength(FieldLengths.InteractionId).IsRequired();
        builder.Property(e => e.SspTraceId).HasMaxLength(FieldLengths.TraceId).IsRequired();
        builder.Property(e => e.SspFrom).HasMaxLength(FieldLengths.Asid);
        builder.Property(e => e.SspTo).HasMaxLength(FieldLengths.Asid);
        builder.Property(e => e.PracticeOdsCode).HasMaxLength(FieldLengths.OdsCode);

        // A practice reads its own trail in sequence (the admin audit endpoint).
        builder.HasIndex(e => new { e.PracticeOdsCode, e.SequenceNumber });
        builder.Property(e => e.HttpMethod).HasMaxLength(FieldLengths.EnumName);
        builder.Property(e => e.RequestPath).HasMaxLength(FieldLengths.LongText);
        builder.Property(e => e.RequestingUserSdsUserId).HasMaxLength(FieldLengths.SdsIdentifier);
        builder.Property(e => e.RequestingUserSdsRoleProfileId).HasMaxLength(FieldLengths.SdsIdentifier);
        builder.Property(e => e.RequestingUserName).HasMaxLength(FieldLengths.Display);
        builder.Property(e => e.RequestingUserRole).HasMaxLength(FieldLengths.Display);
        builder.Property(e => e.RequestingOrganisationOdsCode).HasMaxLength(FieldLengths.OdsCode);
        builder.Property(e => e.RequestingOrganisation);
        builder.Property(e => e.RequestingDevice);
        builder.Property(e => e.ReasonForRequest).HasMaxLength(FieldLengths.EnumName);
        builder.Property(e => e.RequestedScope).HasMaxLength(FieldLengths.ShortText);
        builder.Property(e => e.PatientNhsNumber).HasMaxLength(NhsNumber.Length);
        builder.HasIndex(e => e.PatientNhsNumber);
        builder.Property(e => e.OutcomeSpineCode).HasMaxLength(FieldLengths.EnumName);
    }
}

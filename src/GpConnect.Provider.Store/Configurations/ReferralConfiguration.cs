using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.IsClinicalItem("referrals");

        // The e-RS Unique Booking Reference Number is 12 digits.
        builder.Property(e => e.Ubrn).HasMaxLength(FieldLengths.SdsIdentifier);
        builder.Property(e => e.Priority).IsEnumName();
        builder.HasPractitioner(e => e.Requester, e => e.RequesterId);
        builder.Property(e => e.RecipientOrganisationOdsCode).HasMaxLength(FieldLengths.OdsCode);
        builder.Property(e => e.RecipientOrganisationName).HasMaxLength(FieldLengths.Display);
        builder.Property(e => e.RecipientServiceName).HasMaxLength(FieldLengths.Display);
        builder.IsOptionalSnomedCode(e => e.ReasonCode);
        builder.Property(e => e.ReasonDisplay).HasMaxLength(FieldLengths.Display);
        builder.Property(e => e.Specialty).HasMaxLength(FieldLengths.Display);
        builder.Property(e => e.Description).HasMaxLength(FieldLengths.LongText);
        builder.Property(e => e.Note).HasMaxLength(FieldLengths.LongText);
    }
}

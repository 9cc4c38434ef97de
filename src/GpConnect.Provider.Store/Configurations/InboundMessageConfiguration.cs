using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

public sealed class InboundMessageConfiguration : IEntityTypeConfiguration<InboundMessage>
{
    public void Configure(EntityTypeBuilder<InboundMessage> builder)
    {
        builder.ToTable("inbound_messages");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.MeshMessageId).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.HasIndex(e => e.MeshMessageId).IsUnique();
        builder.Property(e => e.WorkflowId).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.SenderMailbox).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.RecipientMailbox).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.LocalId).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.BundleIdentifier).HasMaxLength(FieldLengths.TraceId);
        builder.HasIndex(e => e.BundleIdentifier);
        builder.Property(e => e.MessageHeaderId).HasMaxLength(FieldLengths.TraceId);
        builder.Property(e => e.SenderReference).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.EventCode).HasMaxLength(FieldLengths.Uri);
        builder.Property(e => e.SenderOdsCode).HasMaxLength(FieldLengths.OdsCode);
        builder.Property(e => e.DocumentBundleIdentifier).HasMaxLength(FieldLengths.TraceId);
        builder.Property(e => e.CompositionIdentifier).HasMaxLength(FieldLengths.TraceId);
        builder.HasIndex(e => e.CompositionIdentifier);
        builder.Property(e => e.CompositionVersion).HasMaxLength(FieldLengths.EnumName);
        builder.Property(e => e.PatientNhsNumber).HasMaxLength(NhsNumber.Length);
        builder.HasOne(e => e.Patient).WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Status).IsEnumName();
        builder.Property(e => e.ResponseCode).HasMaxLength(FieldLengths.EnumName);
        builder.Property(e => e.ResponseText).HasMaxLength(FieldLengths.LongText);
        builder.Property(e => e.AcknowledgementId).HasMaxLength(FieldLengths.TraceId);
        builder.HasOne(e => e.Document).WithMany().HasForeignKey(e => e.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.ContentType).HasMaxLength(FieldLengths.ContentType).IsRequired();
        builder.Property(e => e.Payload).IsRequired();
    }
}

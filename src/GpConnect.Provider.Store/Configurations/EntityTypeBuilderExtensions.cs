using System.Linq.Expressions;
using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GpConnect.Provider.Store.Configurations;

/// <summary>The mapping rules every configuration repeats: string enums, versioning and the clinical item columns.</summary>
internal static class EntityTypeBuilderExtensions
{
    /// <summary>Stores an enum by name, so the column reads without the code and survives reordering.</summary>
    public static PropertyBuilder<TEnum> IsEnumName<TEnum>(this PropertyBuilder<TEnum> property) =>
        property.HasConversion<string>().HasMaxLength(FieldLengths.EnumName);

    public static void IsVersioned<T>(this EntityTypeBuilder<T> builder)
        where T : class, IVersionedEntity
    {
        builder.Property(e => e.Version).IsConcurrencyToken();
    }

    /// <summary>
    /// Columns of <see cref="ClinicalItem"/>: unique business identifier, and restricted deletes towards the patient,
    /// consultation and recorder so clinical data is never removed by a cascade.
    /// </summary>
    public static void IsClinicalItem<T>(this EntityTypeBuilder<T> builder, string table)
        where T : ClinicalItem
    {
        builder.ToTable(table);
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.Identifier).IsUnique();
        builder.HasOne(e => e.Patient).WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Consultation).WithMany().HasForeignKey(e => e.ConsultationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Recorder).WithMany().HasForeignKey(e => e.RecorderId).OnDelete(DeleteBehavior.Restrict);
    }

    public static PropertyBuilder<string> IsSnomedCode<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, string>> property)
        where T : class =>
        builder.Property(property).HasMaxLength(FieldLengths.SnomedCode).IsRequired();

    public static PropertyBuilder<string?> IsOptionalSnomedCode<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, string?>> property)
        where T : class =>
        builder.Property(property).HasMaxLength(FieldLengths.SnomedCode);

    public static void HasPractitioner<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, Practitioner?>> navigation, Expression<Func<T, object?>> foreignKey)
        where T : class =>
        builder.HasOne(navigation).WithMany().HasForeignKey(foreignKey).OnDelete(DeleteBehavior.Restrict);
}

using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Medication", "http://hl7.org/fhir/StructureDefinition/Medication")]
public partial class Medication : DomainResource
{
    [FhirElement("code", Order = 90, InSummary = true)]
    [Binding("MedicationFormalRepresentation")]
    public partial CodeableConcept? Code { get; set; }

    [FhirElement("status", Order = 100, InSummary = true)]
    [Binding("MedicationStatus")]
    public partial Code<MedicationStatus>? StatusElement { get; set; }

    [FhirElement("isBrand", Order = 110, InSummary = true)]
    public partial FhirBoolean? IsBrandElement { get; set; }

    [FhirElement("isOverTheCounter", Order = 120, InSummary = true)]
    public partial FhirBoolean? IsOverTheCounterElement { get; set; }

    [FhirElement("manufacturer", Order = 130, InSummary = true)]
    [References("Organization")]
    public partial ResourceReference? Manufacturer { get; set; }

    [FhirElement("form", Order = 140)]
    [Binding("MedicationForm")]
    public partial CodeableConcept? Form { get; set; }

    [FhirElement("ingredient", Order = 150)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<IngredientComponent> Ingredient { get; set; }

    [FhirElement("package", Order = 160)]
    public partial PackageComponent? Package { get; set; }

    [FhirElement("image", Order = 170)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Attachment> Image { get; set; }

    [FhirType("Medication.ingredient", IsBackboneType = true)]
    public partial class IngredientComponent : BackboneElement
    {
        [FhirElement("item", Order = 40, Choice = ChoiceType.DatatypeChoice)]
        [Cardinality(Min = 1, Max = 1)]
        [AllowedTypes(typeof(CodeableConcept), typeof(ResourceReference))]
        [References("Substance", "Medication")]
        public partial DataType? Item { get; set; }

        [FhirElement("isActive", Order = 50)]
        public partial FhirBoolean? IsActiveElement { get; set; }

        [FhirElement("amount", Order = 60)]
        public partial Ratio? Amount { get; set; }
    }

    [FhirType("Medication.package.content", IsBackboneType = true)]
    public partial class ContentComponent : BackboneElement
    {
        [FhirElement("item", Order = 40, Choice = ChoiceType.DatatypeChoice)]
        [Cardinality(Min = 1, Max = 1)]
        [AllowedTypes(typeof(CodeableConcept), typeof(ResourceReference))]
        [References("Medication")]
        public partial DataType? Item { get; set; }

        [FhirElement("amount", Order = 50)]
        public partial Quantity? Amount { get; set; }
    }

    [FhirType("Medication.package.batch", IsBackboneType = true)]
    public partial class BatchComponent : BackboneElement
    {
        [FhirElement("lotNumber", Order = 40)]
        public partial FhirString? LotNumberElement { get; set; }

        [FhirElement("expirationDate", Order = 50)]
        public partial FhirDateTime? ExpirationDateElement { get; set; }
    }

    [FhirType("Medication.package", IsBackboneType = true)]
    public partial class PackageComponent : BackboneElement
    {
        [FhirElement("container", Order = 40)]
        [Binding("MedicationContainer")]
        public partial CodeableConcept? Container { get; set; }

        [FhirElement("content", Order = 50)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<ContentComponent> Content { get; set; }

        [FhirElement("batch", Order = 60)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<BatchComponent> Batch { get; set; }
    }
}

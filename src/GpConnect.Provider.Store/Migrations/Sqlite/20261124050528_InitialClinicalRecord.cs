using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GpConnect.Provider.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialClinicalRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    sequence_number = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    interaction_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ssp_trace_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ssp_from = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ssp_to = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    http_method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    request_path = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    requesting_user_sds_user_id = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    requesting_user_sds_role_profile_id = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    requesting_user_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    requesting_user_role = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    requesting_organisation_ods_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    requesting_organisation = table.Column<string>(type: "TEXT", nullable: true),
                    requesting_device = table.Column<string>(type: "TEXT", nullable: true),
                    reason_for_request = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    requested_scope = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    patient_nhs_number = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    outcome_http_status = table.Column<int>(type: "INTEGER", nullable: false),
                    outcome_spine_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "medications",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    display = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_medications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ods_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    part_of_id = table.Column<int>(type: "INTEGER", nullable: true),
                    address_line1 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    address_line2 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    town = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    county = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    postcode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    telephone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    last_updated = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                    table.ForeignKey(
                        name: "fk_organisations_organisations_part_of_id",
                        column: x => x.part_of_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "practitioners",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    sds_user_id = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    prefix = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    given_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    family_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    gender = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    language_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    last_updated = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_practitioners", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "locations",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    managing_organisation_id = table.Column<int>(type: "INTEGER", nullable: false),
                    site_id = table.Column<int>(type: "INTEGER", nullable: true),
                    local_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    address_line1 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    address_line2 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    town = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    postcode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    telephone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    last_updated = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_locations", x => x.id);
                    table.ForeignKey(
                        name: "fk_locations_organisations_managing_organisation_id",
                        column: x => x.managing_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_locations_organisations_site_id",
                        column: x => x.site_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "practices",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<int>(type: "INTEGER", nullable: false),
                    asid = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    gp_connect_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    access_record_html_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    access_record_structured_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    appointment_management_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    access_document_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    send_document_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    update_record_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    migrate_record_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    allergies_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    medications_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    consultations_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    problems_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    immunisations_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    uncategorised_data_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    investigations_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    referrals_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    diary_entries_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    documents_enabled = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_practices", x => x.id);
                    table.ForeignKey(
                        name: "fk_practices_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "practitioner_roles",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    practitioner_id = table.Column<int>(type: "INTEGER", nullable: false),
                    organisation_id = table.Column<int>(type: "INTEGER", nullable: false),
                    sds_role_profile_id = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    job_role_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    job_role_display = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_practitioner_roles", x => x.id);
                    table.ForeignKey(
                        name: "fk_practitioner_roles_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_practitioner_roles_practitioners_practitioner_id",
                        column: x => x.practitioner_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "patients",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    nhs_number = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 10, nullable: false),
                    nhs_number_status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    given_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    other_given_names = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    family_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    gender = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    address_line1 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    address_line2 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    town = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    county = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    postcode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    home_phone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    mobile_phone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    work_phone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    language_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    interpreter_required = table.Column<bool>(type: "INTEGER", nullable: false),
                    registered_practice_id = table.Column<int>(type: "INTEGER", nullable: false),
                    preferred_branch_surgery_id = table.Column<int>(type: "INTEGER", nullable: true),
                    usual_gp_id = table.Column<int>(type: "INTEGER", nullable: true),
                    registration_type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    registration_status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    registration_start = table.Column<DateTime>(type: "TEXT", nullable: false),
                    registration_end = table.Column<DateTime>(type: "TEXT", nullable: true),
                    is_sensitive = table.Column<bool>(type: "INTEGER", nullable: false),
                    deceased_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    has_dissented_from_sharing = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_record_in_transit = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_known_to_pds = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_multiple_birth = table.Column<bool>(type: "INTEGER", nullable: false),
                    multiple_birth_order = table.Column<int>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    last_updated = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patients", x => x.id);
                    table.ForeignKey(
                        name: "fk_patients_locations_preferred_branch_surgery_id",
                        column: x => x.preferred_branch_surgery_id,
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_patients_organisations_registered_practice_id",
                        column: x => x.registered_practice_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_patients_practitioners_usual_gp_id",
                        column: x => x.usual_gp_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "schedules",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    identifier = table.Column<Guid>(type: "TEXT", nullable: false),
                    location_id = table.Column<int>(type: "INTEGER", nullable: false),
                    practitioner_id = table.Column<int>(type: "INTEGER", nullable: true),
                    service_category = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    practitioner_role_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    practitioner_role_display = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    planning_horizon_start = table.Column<DateTime>(type: "TEXT", nullable: false),
                    planning_horizon_end = table.Column<DateTime>(type: "TEXT", nullable: true),
                    comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    last_updated = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_schedules", x => x.id);
                    table.ForeignKey(
                        name: "fk_schedules_locations_location_id",
                        column: x => x.location_id,
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_schedules_practitioners_practitioner_id",
                        column: x => x.practitioner_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "appointments",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    identifier = table.Column<Guid>(type: "TEXT", nullable: false),
                    patient_id = table.Column<int>(type: "INTEGER", nullable: false),
                    location_id = table.Column<int>(type: "INTEGER", nullable: false),
                    practitioner_id = table.Column<int>(type: "INTEGER", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    start = table.Column<DateTime>(type: "TEXT", nullable: false),
                    end = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    cancellation_reason = table.Column<string>(type: "TEXT", nullable: true),
                    service_type = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    service_category = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    delivery_channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    practitioner_role_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    practitioner_role_display = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    booking_organisation_ods_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    booking_organisation_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    booking_organisation_telephone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    booking_organisation_type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    last_updated = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appointments", x => x.id);
                    table.ForeignKey(
                        name: "fk_appointments_locations_location_id",
                        column: x => x.location_id,
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_appointments_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_appointments_practitioners_practitioner_id",
                        column: x => x.practitioner_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "consultations",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    identifier = table.Column<Guid>(type: "TEXT", nullable: false),
                    patient_id = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    type_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    type_display = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    start_time = table.Column<DateTime>(type: "TEXT", nullable: false),
                    end_time = table.Column<DateTime>(type: "TEXT", nullable: true),
                    recorder_id = table.Column<int>(type: "INTEGER", nullable: false),
                    primary_clinician_id = table.Column<int>(type: "INTEGER", nullable: true),
                    location_id = table.Column<int>(type: "INTEGER", nullable: true),
                    service_provider_id = table.Column<int>(type: "INTEGER", nullable: true),
                    is_confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consultations", x => x.id);
                    table.ForeignKey(
                        name: "fk_consultations_locations_location_id",
                        column: x => x.location_id,
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consultations_organisations_service_provider_id",
                        column: x => x.service_provider_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consultations_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consultations_practitioners_primary_clinician_id",
                        column: x => x.primary_clinician_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consultations_practitioners_recorder_id",
                        column: x => x.recorder_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "patient_contacts",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    patient_id = table.Column<int>(type: "INTEGER", nullable: false),
                    relationship = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    given_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    family_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    telephone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patient_contacts", x => x.id);
                    table.ForeignKey(
                        name: "fk_patient_contacts_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "patient_previous_nhs_numbers",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    patient_id = table.Column<int>(type: "INTEGER", nullable: false),
                    nhs_number = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 10, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    changed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patient_previous_nhs_numbers", x => x.id);
                    table.ForeignKey(
                        name: "fk_patient_previous_nhs_numbers_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "slots",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    schedule_id = table.Column<int>(type: "INTEGER", nullable: false),
                    start = table.Column<DateTime>(type: "TEXT", nullable: false),
                    end = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    service_type = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    delivery_channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    is_gp_connect_bookable = table.Column<bool>(type: "INTEGER", nullable: false),
                    bookable_organisation_types = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    bookable_ods_codes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    last_updated = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_slots", x => x.id);
                    table.ForeignKey(
                        name: "fk_slots_schedules_schedule_id",
                        column: x => x.schedule_id,
                        principalTable: "schedules",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "allergies",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    clinical_status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    criticality = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    display = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    is_no_known_allergy_assertion = table.Column<bool>(type: "INTEGER", nullable: false),
                    asserted_date = table.Column<DateTime>(type: "TEXT", nullable: false),
                    onset_date = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_occurrence = table.Column<DateTime>(type: "TEXT", nullable: true),
                    asserter_id = table.Column<int>(type: "INTEGER", nullable: true),
                    reaction_manifestation_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    reaction_manifestation_display = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    reaction_severity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    end_date = table.Column<DateTime>(type: "TEXT", nullable: true),
                    end_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    identifier = table.Column<Guid>(type: "TEXT", nullable: false),
                    patient_id = table.Column<int>(type: "INTEGER", nullable: false),
                    is_confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    consultation_id = table.Column<int>(type: "INTEGER", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorder_id = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_allergies", x => x.id);
                    table.ForeignKey(
                        name: "fk_allergies_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_allergies_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_allergies_practitioners_asserter_id",
                        column: x => x.asserter_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_allergies_practitioners_recorder_id",
                        column: x => x.recorder_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "diagnostic_reports",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    issued = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lab_report_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    performer_organisation_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    performer_organisation_ods_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    conclusion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    test_request_identifier = table.Column<Guid>(type: "TEXT", nullable: true),
                    test_request_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    test_request_display = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    test_requested_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    test_requester_id = table.Column<int>(type: "INTEGER", nullable: true),
                    identifier = table.Column<Guid>(type: "TEXT", nullable: false),
                    patient_id = table.Column<int>(type: "INTEGER", nullable: false),
                    is_confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    consultation_id = table.Column<int>(type: "INTEGER", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorder_id = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_diagnostic_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_diagnostic_reports_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_diagnostic_reports_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_diagnostic_reports_practitioners_recorder_id",
                        column: x => x.recorder_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_diagnostic_reports_practitioners_test_requester_id",
                        column: x => x.test_requester_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "diary_entries",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    display = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    authored_on = table.Column<DateTime>(type: "TEXT", nullable: false),
                    requester_id = table.Column<int>(type: "INTEGER", nullable: false),
                    planned_start = table.Column<DateTime>(type: "TEXT", nullable: true),
                    planned_end = table.Column<DateTime>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    identifier = table.Column<Guid>(type: "TEXT", nullable: false),
                    patient_id = table.Column<int>(type: "INTEGER", nullable: false),
                    is_confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    consultation_id = table.Column<int>(type: "INTEGER", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorder_id = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_diary_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_diary_entries_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_diary_entries_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_diary_entries_practitioners_recorder_id",
                        column: x => x.recorder_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_diary_entries_practitioners_requester_id",
                        column: x => x.requester_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    type_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    type_display = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    created = table.Column<DateTime>(type: "TEXT", nullable: true),
                    indexed = table.Column<DateTime>(type: "TEXT", nullable: false),
                    author_organisation_id = table.Column<int>(type: "INTEGER", nullable: true),
                    author_practitioner_id = table.Column<int>(type: "INTEGER", nullable: true),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    size_bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    practice_setting = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    identifier = table.Column<Guid>(type: "TEXT", nullable: false),
                    patient_id = table.Column<int>(type: "INTEGER", nullable: false),
                    is_confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    consultation_id = table.Column<int>(type: "INTEGER", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorder_id = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_documents_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_documents_organisations_author_organisation_id",
                        column: x => x.author_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_documents_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_documents_practitioners_author_practitioner_id",
                        column: x => x.author_practitioner_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_documents_practitioners_recorder_id",
                        column: x => x.recorder_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "immunisations",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    procedure_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    procedure_display = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    vaccine_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    vaccine_display = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    not_given = table.Column<bool>(type: "INTEGER", nullable: false),
                    reason_not_given = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    primary_source = table.Column<bool>(type: "INTEGER", nullable: false),
                    administered_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    location_id = table.Column<int>(type: "INTEGER", nullable: true),
                    performer_id = table.Column<int>(type: "INTEGER", nullable: true),
                    manufacturer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    lot_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    expiration_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    site = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    route = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    dose_sequence = table.Column<int>(type: "INTEGER", nullable: true),
                    target_disease_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    target_disease_display = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    parent_present = table.Column<bool>(type: "INTEGER", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    identifier = table.Column<Guid>(type: "TEXT", nullable: false),
                    patient_id = table.Column<int>(type: "INTEGER", nullable: false),
                    is_confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    consultation_id = table.Column<int>(type: "INTEGER", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorder_id = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_immunisations", x => x.id);
                    table.ForeignKey(
                        name: "fk_immunisations_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_immunisations_locations_location_id",
                        column: x => x.location_id,
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_immunisations_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_immunisations_practitioners_performer_id",
                        column: x => x.performer_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_immunisations_practitioners_recorder_id",
                        column: x => x.recorder_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "medication_statements",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    medication_id = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    effective_start = table.Column<DateTime>(type: "TEXT", nullable: false),
                    effective_end = table.Column<DateTime>(type: "TEXT", nullable: true),
                    date_asserted = table.Column<DateTime>(type: "TEXT", nullable: false),
                    dosage_text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    patient_instruction = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    prescribing_agency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    last_issue_date = table.Column<DateTime>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    identifier = table.Column<Guid>(type: "TEXT", nullable: false),
                    patient_id = table.Column<int>(type: "INTEGER", nullable: false),
                    is_confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    consultation_id = table.Column<int>(type: "INTEGER", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorder_id = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_medication_statements", x => x.id);
                    table.ForeignKey(
                        name: "fk_medication_statements_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_medication_statements_medications_medication_id",
                        column: x => x.medication_id,
                        principalTable: "medications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_medication_statements_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_medication_statements_practitioners_recorder_id",
                        column: x => x.recorder_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "problems",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    display = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    clinical_status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    significance = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    asserted_date = table.Column<DateTime>(type: "TEXT", nullable: false),
                    onset_date = table.Column<DateTime>(type: "TEXT", nullable: true),
                    abatement_date = table.Column<DateTime>(type: "TEXT", nullable: true),
                    asserter_id = table.Column<int>(type: "INTEGER", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    identifier = table.Column<Guid>(type: "TEXT", nullable: false),
                    patient_id = table.Column<int>(type: "INTEGER", nullable: false),
                    is_confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    consultation_id = table.Column<int>(type: "INTEGER", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorder_id = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_problems", x => x.id);
                    table.ForeignKey(
                        name: "fk_problems_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_problems_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_problems_practitioners_asserter_id",
                        column: x => x.asserter_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_problems_practitioners_recorder_id",
                        column: x => x.recorder_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ubrn = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    priority = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    authored_on = table.Column<DateTime>(type: "TEXT", nullable: false),
                    requester_id = table.Column<int>(type: "INTEGER", nullable: true),
                    recipient_organisation_ods_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    recipient_organisation_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    recipient_service_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    reason_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    reason_display = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    specialty = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    identifier = table.Column<Guid>(type: "TEXT", nullable: false),
                    patient_id = table.Column<int>(type: "INTEGER", nullable: false),
                    is_confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    consultation_id = table.Column<int>(type: "INTEGER", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorder_id = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referrals", x => x.id);
                    table.ForeignKey(
                        name: "fk_referrals_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_practitioners_recorder_id",
                        column: x => x.recorder_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_practitioners_requester_id",
                        column: x => x.requester_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "appointment_slots",
                columns: table => new
                {
                    appointment_id = table.Column<int>(type: "INTEGER", nullable: false),
                    slot_id = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appointment_slots", x => new { x.appointment_id, x.slot_id });
                    table.ForeignKey(
                        name: "fk_appointment_slots_appointments_appointment_id",
                        column: x => x.appointment_id,
                        principalTable: "appointments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_appointment_slots_slots_slot_id",
                        column: x => x.slot_id,
                        principalTable: "slots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "specimens",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    identifier = table.Column<Guid>(type: "TEXT", nullable: false),
                    patient_id = table.Column<int>(type: "INTEGER", nullable: false),
                    diagnostic_report_id = table.Column<int>(type: "INTEGER", nullable: false),
                    accession_identifier = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    type_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    type_display = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    collected_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    received_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    collector_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    body_site = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    fasting_status = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_specimens", x => x.id);
                    table.ForeignKey(
                        name: "fk_specimens_diagnostic_reports_diagnostic_report_id",
                        column: x => x.diagnostic_report_id,
                        principalTable: "diagnostic_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_specimens_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "document_contents",
                columns: table => new
                {
                    document_id = table.Column<int>(type: "INTEGER", nullable: false),
                    data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_contents", x => x.document_id);
                    table.ForeignKey(
                        name: "fk_document_contents_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inbound_messages",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    mesh_message_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    workflow_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    sender_mailbox = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    recipient_mailbox = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    local_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    bundle_identifier = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    message_header_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    sender_reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    event_code = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    sender_ods_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    document_bundle_identifier = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    composition_identifier = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    composition_version = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    patient_nhs_number = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    patient_id = table.Column<int>(type: "INTEGER", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    response_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    response_text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    acknowledgement_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    document_id = table.Column<int>(type: "INTEGER", nullable: true),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    received_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    processed_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbound_messages", x => x.id);
                    table.ForeignKey(
                        name: "fk_inbound_messages_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_inbound_messages_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "medication_requests",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    medication_statement_id = table.Column<int>(type: "INTEGER", nullable: false),
                    intent = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    based_on_plan_id = table.Column<int>(type: "INTEGER", nullable: true),
                    prior_prescription_id = table.Column<int>(type: "INTEGER", nullable: true),
                    medication_id = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    authored_on = table.Column<DateTime>(type: "TEXT", nullable: false),
                    dosage_text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    patient_instruction = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    validity_start = table.Column<DateTime>(type: "TEXT", nullable: false),
                    validity_end = table.Column<DateTime>(type: "TEXT", nullable: true),
                    quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    quantity_text = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    expected_supply_days = table.Column<int>(type: "INTEGER", nullable: true),
                    prescription_type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    repeats_allowed = table.Column<int>(type: "INTEGER", nullable: true),
                    repeats_issued = table.Column<int>(type: "INTEGER", nullable: true),
                    authorisation_expiry_date = table.Column<DateTime>(type: "TEXT", nullable: true),
                    status_change_date = table.Column<DateTime>(type: "TEXT", nullable: true),
                    status_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    prescription_order_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    identifier = table.Column<Guid>(type: "TEXT", nullable: false),
                    patient_id = table.Column<int>(type: "INTEGER", nullable: false),
                    is_confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    consultation_id = table.Column<int>(type: "INTEGER", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorder_id = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_medication_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_medication_requests_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_medication_requests_medication_requests_based_on_plan_id",
                        column: x => x.based_on_plan_id,
                        principalTable: "medication_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_medication_requests_medication_requests_prior_prescription_id",
                        column: x => x.prior_prescription_id,
                        principalTable: "medication_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_medication_requests_medication_statements_medication_statement_id",
                        column: x => x.medication_statement_id,
                        principalTable: "medication_statements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_medication_requests_medications_medication_id",
                        column: x => x.medication_id,
                        principalTable: "medications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_medication_requests_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_medication_requests_practitioners_recorder_id",
                        column: x => x.recorder_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "consultation_sections",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    consultation_id = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    parent_section_id = table.Column<int>(type: "INTEGER", nullable: true),
                    title = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    problem_id = table.Column<int>(type: "INTEGER", nullable: true),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consultation_sections", x => x.id);
                    table.ForeignKey(
                        name: "fk_consultation_sections_consultation_sections_parent_section_id",
                        column: x => x.parent_section_id,
                        principalTable: "consultation_sections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consultation_sections_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consultation_sections_problems_problem_id",
                        column: x => x.problem_id,
                        principalTable: "problems",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "problem_linked_items",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    problem_id = table.Column<int>(type: "INTEGER", nullable: false),
                    item_type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    item_identifier = table.Column<Guid>(type: "TEXT", nullable: true),
                    consultation_id = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_problem_linked_items", x => x.id);
                    table.CheckConstraint("ck_problem_linked_items_target", "(item_type IS NOT NULL AND item_identifier IS NOT NULL AND consultation_id IS NULL) OR (item_type IS NULL AND item_identifier IS NULL AND consultation_id IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_problem_linked_items_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_problem_linked_items_problems_problem_id",
                        column: x => x.problem_id,
                        principalTable: "problems",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "problem_relationships",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    problem_id = table.Column<int>(type: "INTEGER", nullable: false),
                    related_problem_id = table.Column<int>(type: "INTEGER", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_problem_relationships", x => x.id);
                    table.ForeignKey(
                        name: "fk_problem_relationships_problems_problem_id",
                        column: x => x.problem_id,
                        principalTable: "problems",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_problem_relationships_problems_related_problem_id",
                        column: x => x.related_problem_id,
                        principalTable: "problems",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "observations",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    display = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    effective_start = table.Column<DateTime>(type: "TEXT", nullable: true),
                    effective_end = table.Column<DateTime>(type: "TEXT", nullable: true),
                    issued = table.Column<DateTime>(type: "TEXT", nullable: false),
                    performer_id = table.Column<int>(type: "INTEGER", nullable: true),
                    value_quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    value_unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    value_string = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    interpretation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    reference_range_low = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    reference_range_high = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    reference_range_text = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    comment = table.Column<string>(type: "TEXT", nullable: true),
                    diagnostic_report_id = table.Column<int>(type: "INTEGER", nullable: true),
                    parent_id = table.Column<int>(type: "INTEGER", nullable: true),
                    specimen_id = table.Column<int>(type: "INTEGER", nullable: true),
                    identifier = table.Column<Guid>(type: "TEXT", nullable: false),
                    patient_id = table.Column<int>(type: "INTEGER", nullable: false),
                    is_confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    consultation_id = table.Column<int>(type: "INTEGER", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorder_id = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_observations", x => x.id);
                    table.ForeignKey(
                        name: "fk_observations_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_observations_diagnostic_reports_diagnostic_report_id",
                        column: x => x.diagnostic_report_id,
                        principalTable: "diagnostic_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_observations_observations_parent_id",
                        column: x => x.parent_id,
                        principalTable: "observations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_observations_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_observations_practitioners_performer_id",
                        column: x => x.performer_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_observations_practitioners_recorder_id",
                        column: x => x.recorder_id,
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_observations_specimens_specimen_id",
                        column: x => x.specimen_id,
                        principalTable: "specimens",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "consultation_items",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    section_id = table.Column<int>(type: "INTEGER", nullable: false),
                    item_type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    item_identifier = table.Column<Guid>(type: "TEXT", nullable: false),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consultation_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_consultation_items_consultation_sections_section_id",
                        column: x => x.section_id,
                        principalTable: "consultation_sections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "observation_components",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    observation_id = table.Column<int>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    display = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    value_quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    value_unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    data_absent_reason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_observation_components", x => x.id);
                    table.ForeignKey(
                        name: "fk_observation_components_observations_observation_id",
                        column: x => x.observation_id,
                        principalTable: "observations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_allergies_asserter_id",
                table: "allergies",
                column: "asserter_id");

            migrationBuilder.CreateIndex(
                name: "ix_allergies_consultation_id",
                table: "allergies",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_allergies_identifier",
                table: "allergies",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_allergies_patient_id",
                table: "allergies",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_allergies_recorder_id",
                table: "allergies",
                column: "recorder_id");

            migrationBuilder.CreateIndex(
                name: "ix_appointment_slots_slot_id",
                table: "appointment_slots",
                column: "slot_id");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_identifier",
                table: "appointments",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_appointments_location_id",
                table: "appointments",
                column: "location_id");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_patient_id_start",
                table: "appointments",
                columns: new[] { "patient_id", "start" });

            migrationBuilder.CreateIndex(
                name: "ix_appointments_practitioner_id",
                table: "appointments",
                column: "practitioner_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_patient_nhs_number",
                table: "audit_entries",
                column: "patient_nhs_number");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_sequence_number",
                table: "audit_entries",
                column: "sequence_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_consultation_items_item_identifier",
                table: "consultation_items",
                column: "item_identifier");

            migrationBuilder.CreateIndex(
                name: "ix_consultation_items_section_id",
                table: "consultation_items",
                column: "section_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultation_sections_consultation_id",
                table: "consultation_sections",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultation_sections_parent_section_id",
                table: "consultation_sections",
                column: "parent_section_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultation_sections_problem_id",
                table: "consultation_sections",
                column: "problem_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultations_identifier",
                table: "consultations",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_consultations_location_id",
                table: "consultations",
                column: "location_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultations_patient_id_start_time",
                table: "consultations",
                columns: new[] { "patient_id", "start_time" });

            migrationBuilder.CreateIndex(
                name: "ix_consultations_primary_clinician_id",
                table: "consultations",
                column: "primary_clinician_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultations_recorder_id",
                table: "consultations",
                column: "recorder_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultations_service_provider_id",
                table: "consultations",
                column: "service_provider_id");

            migrationBuilder.CreateIndex(
                name: "ix_diagnostic_reports_consultation_id",
                table: "diagnostic_reports",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_diagnostic_reports_identifier",
                table: "diagnostic_reports",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_diagnostic_reports_patient_id",
                table: "diagnostic_reports",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_diagnostic_reports_recorder_id",
                table: "diagnostic_reports",
                column: "recorder_id");

            migrationBuilder.CreateIndex(
                name: "ix_diagnostic_reports_test_request_identifier",
                table: "diagnostic_reports",
                column: "test_request_identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_diagnostic_reports_test_requester_id",
                table: "diagnostic_reports",
                column: "test_requester_id");

            migrationBuilder.CreateIndex(
                name: "ix_diary_entries_consultation_id",
                table: "diary_entries",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_diary_entries_identifier",
                table: "diary_entries",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_diary_entries_patient_id",
                table: "diary_entries",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_diary_entries_recorder_id",
                table: "diary_entries",
                column: "recorder_id");

            migrationBuilder.CreateIndex(
                name: "ix_diary_entries_requester_id",
                table: "diary_entries",
                column: "requester_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_author_organisation_id",
                table: "documents",
                column: "author_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_author_practitioner_id",
                table: "documents",
                column: "author_practitioner_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_consultation_id",
                table: "documents",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_identifier",
                table: "documents",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_documents_patient_id",
                table: "documents",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_recorder_id",
                table: "documents",
                column: "recorder_id");

            migrationBuilder.CreateIndex(
                name: "ix_immunisations_consultation_id",
                table: "immunisations",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_immunisations_identifier",
                table: "immunisations",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_immunisations_location_id",
                table: "immunisations",
                column: "location_id");

            migrationBuilder.CreateIndex(
                name: "ix_immunisations_patient_id",
                table: "immunisations",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_immunisations_performer_id",
                table: "immunisations",
                column: "performer_id");

            migrationBuilder.CreateIndex(
                name: "ix_immunisations_recorder_id",
                table: "immunisations",
                column: "recorder_id");

            migrationBuilder.CreateIndex(
                name: "ix_inbound_messages_bundle_identifier",
                table: "inbound_messages",
                column: "bundle_identifier");

            migrationBuilder.CreateIndex(
                name: "ix_inbound_messages_composition_identifier",
                table: "inbound_messages",
                column: "composition_identifier");

            migrationBuilder.CreateIndex(
                name: "ix_inbound_messages_document_id",
                table: "inbound_messages",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_inbound_messages_mesh_message_id",
                table: "inbound_messages",
                column: "mesh_message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inbound_messages_patient_id",
                table: "inbound_messages",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_locations_managing_organisation_id",
                table: "locations",
                column: "managing_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_locations_site_id",
                table: "locations",
                column: "site_id");

            migrationBuilder.CreateIndex(
                name: "ix_medication_requests_based_on_plan_id",
                table: "medication_requests",
                column: "based_on_plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_medication_requests_consultation_id",
                table: "medication_requests",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_medication_requests_identifier",
                table: "medication_requests",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_medication_requests_medication_id",
                table: "medication_requests",
                column: "medication_id");

            migrationBuilder.CreateIndex(
                name: "ix_medication_requests_medication_statement_id",
                table: "medication_requests",
                column: "medication_statement_id");

            migrationBuilder.CreateIndex(
                name: "ix_medication_requests_patient_id",
                table: "medication_requests",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_medication_requests_prior_prescription_id",
                table: "medication_requests",
                column: "prior_prescription_id");

            migrationBuilder.CreateIndex(
                name: "ix_medication_requests_recorder_id",
                table: "medication_requests",
                column: "recorder_id");

            migrationBuilder.CreateIndex(
                name: "ix_medication_statements_consultation_id",
                table: "medication_statements",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_medication_statements_identifier",
                table: "medication_statements",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_medication_statements_medication_id",
                table: "medication_statements",
                column: "medication_id");

            migrationBuilder.CreateIndex(
                name: "ix_medication_statements_patient_id",
                table: "medication_statements",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_medication_statements_recorder_id",
                table: "medication_statements",
                column: "recorder_id");

            migrationBuilder.CreateIndex(
                name: "ix_medications_code",
                table: "medications",
                column: "code");

            migrationBuilder.CreateIndex(
                name: "ix_observation_components_observation_id",
                table: "observation_components",
                column: "observation_id");

            migrationBuilder.CreateIndex(
                name: "ix_observations_consultation_id",
                table: "observations",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_observations_diagnostic_report_id",
                table: "observations",
                column: "diagnostic_report_id");

            migrationBuilder.CreateIndex(
                name: "ix_observations_identifier",
                table: "observations",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_observations_parent_id",
                table: "observations",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_observations_patient_id",
                table: "observations",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_observations_performer_id",
                table: "observations",
                column: "performer_id");

            migrationBuilder.CreateIndex(
                name: "ix_observations_recorder_id",
                table: "observations",
                column: "recorder_id");

            migrationBuilder.CreateIndex(
                name: "ix_observations_specimen_id",
                table: "observations",
                column: "specimen_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_ods_code",
                table: "organisations",
                column: "ods_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisations_part_of_id",
                table: "organisations",
                column: "part_of_id");

            migrationBuilder.CreateIndex(
                name: "ix_patient_contacts_patient_id",
                table: "patient_contacts",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_patient_previous_nhs_numbers_nhs_number",
                table: "patient_previous_nhs_numbers",
                column: "nhs_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_patient_previous_nhs_numbers_patient_id",
                table: "patient_previous_nhs_numbers",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_patients_nhs_number",
                table: "patients",
                column: "nhs_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_patients_preferred_branch_surgery_id",
                table: "patients",
                column: "preferred_branch_surgery_id");

            migrationBuilder.CreateIndex(
                name: "ix_patients_registered_practice_id",
                table: "patients",
                column: "registered_practice_id");

            migrationBuilder.CreateIndex(
                name: "ix_patients_usual_gp_id",
                table: "patients",
                column: "usual_gp_id");

            migrationBuilder.CreateIndex(
                name: "ix_practices_asid",
                table: "practices",
                column: "asid");

            migrationBuilder.CreateIndex(
                name: "ix_practices_organisation_id",
                table: "practices",
                column: "organisation_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_practitioner_roles_organisation_id",
                table: "practitioner_roles",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_practitioner_roles_practitioner_id",
                table: "practitioner_roles",
                column: "practitioner_id");

            migrationBuilder.CreateIndex(
                name: "ix_practitioners_sds_user_id",
                table: "practitioners",
                column: "sds_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_problem_linked_items_consultation_id",
                table: "problem_linked_items",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_problem_linked_items_item_identifier",
                table: "problem_linked_items",
                column: "item_identifier");

            migrationBuilder.CreateIndex(
                name: "ix_problem_linked_items_problem_id",
                table: "problem_linked_items",
                column: "problem_id");

            migrationBuilder.CreateIndex(
                name: "ix_problem_relationships_problem_id_related_problem_id",
                table: "problem_relationships",
                columns: new[] { "problem_id", "related_problem_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_problem_relationships_related_problem_id",
                table: "problem_relationships",
                column: "related_problem_id");

            migrationBuilder.CreateIndex(
                name: "ix_problems_asserter_id",
                table: "problems",
                column: "asserter_id");

            migrationBuilder.CreateIndex(
                name: "ix_problems_consultation_id",
                table: "problems",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_problems_identifier",
                table: "problems",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_problems_patient_id",
                table: "problems",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_problems_recorder_id",
                table: "problems",
                column: "recorder_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_consultation_id",
                table: "referrals",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_identifier",
                table: "referrals",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_referrals_patient_id",
                table: "referrals",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_recorder_id",
                table: "referrals",
                column: "recorder_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_requester_id",
                table: "referrals",
                column: "requester_id");

            migrationBuilder.CreateIndex(
                name: "ix_schedules_identifier",
                table: "schedules",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_schedules_location_id",
                table: "schedules",
                column: "location_id");

            migrationBuilder.CreateIndex(
                name: "ix_schedules_practitioner_id",
                table: "schedules",
                column: "practitioner_id");

            migrationBuilder.CreateIndex(
                name: "ix_slots_schedule_id_start",
                table: "slots",
                columns: new[] { "schedule_id", "start" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_slots_status_start",
                table: "slots",
                columns: new[] { "status", "start" });

            migrationBuilder.CreateIndex(
                name: "ix_specimens_diagnostic_report_id",
                table: "specimens",
                column: "diagnostic_report_id");

            migrationBuilder.CreateIndex(
                name: "ix_specimens_identifier",
                table: "specimens",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_specimens_patient_id",
                table: "specimens",
                column: "patient_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "allergies");

            migrationBuilder.DropTable(
                name: "appointment_slots");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "consultation_items");

            migrationBuilder.DropTable(
                name: "diary_entries");

            migrationBuilder.DropTable(
                name: "document_contents");

            migrationBuilder.DropTable(
                name: "immunisations");

            migrationBuilder.DropTable(
                name: "inbound_messages");

            migrationBuilder.DropTable(
                name: "medication_requests");

            migrationBuilder.DropTable(
                name: "observation_components");

            migrationBuilder.DropTable(
                name: "patient_contacts");

            migrationBuilder.DropTable(
                name: "patient_previous_nhs_numbers");

            migrationBuilder.DropTable(
                name: "practices");

            migrationBuilder.DropTable(
                name: "practitioner_roles");

            migrationBuilder.DropTable(
                name: "problem_linked_items");

            migrationBuilder.DropTable(
                name: "problem_relationships");

            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropTable(
                name: "appointments");

            migrationBuilder.DropTable(
                name: "slots");

            migrationBuilder.DropTable(
                name: "consultation_sections");

            migrationBuilder.DropTable(
                name: "documents");

            migrationBuilder.DropTable(
                name: "medication_statements");

            migrationBuilder.DropTable(
                name: "observations");

            migrationBuilder.DropTable(
                name: "schedules");

            migrationBuilder.DropTable(
                name: "problems");

            migrationBuilder.DropTable(
                name: "medications");

            migrationBuilder.DropTable(
                name: "specimens");

            migrationBuilder.DropTable(
                name: "diagnostic_reports");

            migrationBuilder.DropTable(
                name: "consultations");

            migrationBuilder.DropTable(
                name: "patients");

            migrationBuilder.DropTable(
                name: "locations");

            migrationBuilder.DropTable(
                name: "practitioners");

            migrationBuilder.DropTable(
                name: "organisations");
        }
    }
}

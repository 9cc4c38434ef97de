using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GpConnect.Provider.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialClinicalRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "gpconnect");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    sequence_number = table.Column<long>(type: "bigint", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    interaction_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ssp_trace_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ssp_from = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ssp_to = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    http_method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    request_path = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    requesting_user_sds_user_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    requesting_user_sds_role_profile_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    requesting_user_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    requesting_user_role = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    requesting_organisation_ods_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    requesting_organisation = table.Column<string>(type: "text", nullable: true),
                    requesting_device = table.Column<string>(type: "text", nullable: true),
                    reason_for_request = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    requested_scope = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    patient_nhs_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    outcome_http_status = table.Column<int>(type: "integer", nullable: false),
                    outcome_spine_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "medications",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    display = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_medications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ods_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    part_of_id = table.Column<int>(type: "integer", nullable: true),
                    address_line1 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address_line2 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    town = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    county = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    telephone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    email = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    last_updated = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                    table.ForeignKey(
                        name: "fk_organisations_organisations_part_of_id",
                        column: x => x.part_of_id,
                        principalSchema: "gpconnect",
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "practitioners",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    sds_user_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    prefix = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    gender = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    language_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    last_updated = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_practitioners", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "locations",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    managing_organisation_id = table.Column<int>(type: "integer", nullable: false),
                    site_id = table.Column<int>(type: "integer", nullable: true),
                    local_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    address_line1 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address_line2 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    town = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    telephone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    last_updated = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_locations", x => x.id);
                    table.ForeignKey(
                        name: "fk_locations_organisations_managing_organisation_id",
                        column: x => x.managing_organisation_id,
                        principalSchema: "gpconnect",
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_locations_organisations_site_id",
                        column: x => x.site_id,
                        principalSchema: "gpconnect",
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "practices",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organisation_id = table.Column<int>(type: "integer", nullable: false),
                    asid = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    gp_connect_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_record_html_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_record_structured_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    appointment_management_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_document_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    send_document_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    update_record_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    migrate_record_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    allergies_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    medications_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    consultations_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    problems_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    immunisations_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    uncategorised_data_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    investigations_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    referrals_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    diary_entries_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    documents_enabled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_practices", x => x.id);
                    table.ForeignKey(
                        name: "fk_practices_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalSchema: "gpconnect",
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "practitioner_roles",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    practitioner_id = table.Column<int>(type: "integer", nullable: false),
                    organisation_id = table.Column<int>(type: "integer", nullable: false),
                    sds_role_profile_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    job_role_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    job_role_display = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_practitioner_roles", x => x.id);
                    table.ForeignKey(
                        name: "fk_practitioner_roles_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalSchema: "gpconnect",
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_practitioner_roles_practitioners_practitioner_id",
                        column: x => x.practitioner_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "patients",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    nhs_number = table.Column<string>(type: "character(10)", fixedLength: true, maxLength: 10, nullable: false),
                    nhs_number_status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    other_given_names = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    gender = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    address_line1 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address_line2 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    town = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    county = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    home_phone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    mobile_phone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    work_phone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    email = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    language_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    interpreter_required = table.Column<bool>(type: "boolean", nullable: false),
                    registered_practice_id = table.Column<int>(type: "integer", nullable: false),
                    preferred_branch_surgery_id = table.Column<int>(type: "integer", nullable: true),
                    usual_gp_id = table.Column<int>(type: "integer", nullable: true),
                    registration_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    registration_status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    registration_start = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    registration_end = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    is_sensitive = table.Column<bool>(type: "boolean", nullable: false),
                    deceased_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    has_dissented_from_sharing = table.Column<bool>(type: "boolean", nullable: false),
                    is_record_in_transit = table.Column<bool>(type: "boolean", nullable: false),
                    is_known_to_pds = table.Column<bool>(type: "boolean", nullable: false),
                    is_multiple_birth = table.Column<bool>(type: "boolean", nullable: false),
                    multiple_birth_order = table.Column<int>(type: "integer", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    last_updated = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patients", x => x.id);
                    table.ForeignKey(
                        name: "fk_patients_locations_preferred_branch_surgery_id",
                        column: x => x.preferred_branch_surgery_id,
                        principalSchema: "gpconnect",
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_patients_organisations_registered_practice_id",
                        column: x => x.registered_practice_id,
                        principalSchema: "gpconnect",
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_patients_practitioners_usual_gp_id",
                        column: x => x.usual_gp_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "schedules",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    identifier = table.Column<Guid>(type: "uuid", nullable: false),
                    location_id = table.Column<int>(type: "integer", nullable: false),
                    practitioner_id = table.Column<int>(type: "integer", nullable: true),
                    service_category = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    practitioner_role_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    practitioner_role_display = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    planning_horizon_start = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    planning_horizon_end = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    last_updated = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_schedules", x => x.id);
                    table.ForeignKey(
                        name: "fk_schedules_locations_location_id",
                        column: x => x.location_id,
                        principalSchema: "gpconnect",
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_schedules_practitioners_practitioner_id",
                        column: x => x.practitioner_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "appointments",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    identifier = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<int>(type: "integer", nullable: false),
                    location_id = table.Column<int>(type: "integer", nullable: false),
                    practitioner_id = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    start = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    end = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    description = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    cancellation_reason = table.Column<string>(type: "text", nullable: true),
                    service_type = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    service_category = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    delivery_channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    practitioner_role_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    practitioner_role_display = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    booking_organisation_ods_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    booking_organisation_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    booking_organisation_telephone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    booking_organisation_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    last_updated = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appointments", x => x.id);
                    table.ForeignKey(
                        name: "fk_appointments_locations_location_id",
                        column: x => x.location_id,
                        principalSchema: "gpconnect",
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_appointments_patients_patient_id",
                        column: x => x.patient_id,
                        principalSchema: "gpconnect",
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_appointments_practitioners_practitioner_id",
                        column: x => x.practitioner_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "consultations",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    identifier = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    type_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    type_display = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    start_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    end_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    recorder_id = table.Column<int>(type: "integer", nullable: false),
                    primary_clinician_id = table.Column<int>(type: "integer", nullable: true),
                    location_id = table.Column<int>(type: "integer", nullable: true),
                    service_provider_id = table.Column<int>(type: "integer", nullable: true),
                    is_confidential = table.Column<bool>(type: "boolean", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consultations", x => x.id);
                    table.ForeignKey(
                        name: "fk_consultations_locations_location_id",
                        column: x => x.location_id,
                        principalSchema: "gpconnect",
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consultations_organisations_service_provider_id",
                        column: x => x.service_provider_id,
                        principalSchema: "gpconnect",
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consultations_patients_patient_id",
                        column: x => x.patient_id,
                        principalSchema: "gpconnect",
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consultations_practitioners_primary_clinician_id",
                        column: x => x.primary_clinician_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consultations_practitioners_recorder_id",
                        column: x => x.recorder_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "patient_contacts",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    patient_id = table.Column<int>(type: "integer", nullable: false),
                    relationship = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    telephone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patient_contacts", x => x.id);
                    table.ForeignKey(
                        name: "fk_patient_contacts_patients_patient_id",
                        column: x => x.patient_id,
                        principalSchema: "gpconnect",
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "patient_previous_nhs_numbers",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    patient_id = table.Column<int>(type: "integer", nullable: false),
                    nhs_number = table.Column<string>(type: "character(10)", fixedLength: true, maxLength: 10, nullable: false),
                    reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    changed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patient_previous_nhs_numbers", x => x.id);
                    table.ForeignKey(
                        name: "fk_patient_previous_nhs_numbers_patients_patient_id",
                        column: x => x.patient_id,
                        principalSchema: "gpconnect",
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "slots",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    schedule_id = table.Column<int>(type: "integer", nullable: false),
                    start = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    end = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    service_type = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    delivery_channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    is_gp_connect_bookable = table.Column<bool>(type: "boolean", nullable: false),
                    bookable_organisation_types = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    bookable_ods_codes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    last_updated = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_slots", x => x.id);
                    table.ForeignKey(
                        name: "fk_slots_schedules_schedule_id",
                        column: x => x.schedule_id,
                        principalSchema: "gpconnect",
                        principalTable: "schedules",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "allergies",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    clinical_status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    criticality = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    display = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    is_no_known_allergy_assertion = table.Column<bool>(type: "boolean", nullable: false),
                    asserted_date = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    onset_date = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_occurrence = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    asserter_id = table.Column<int>(type: "integer", nullable: true),
                    reaction_manifestation_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    reaction_manifestation_display = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    reaction_severity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    end_date = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    identifier = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<int>(type: "integer", nullable: false),
                    is_confidential = table.Column<bool>(type: "boolean", nullable: false),
                    consultation_id = table.Column<int>(type: "integer", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorder_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_allergies", x => x.id);
                    table.ForeignKey(
                        name: "fk_allergies_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "gpconnect",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_allergies_patients_patient_id",
                        column: x => x.patient_id,
                        principalSchema: "gpconnect",
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_allergies_practitioners_asserter_id",
                        column: x => x.asserter_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_allergies_practitioners_recorder_id",
                        column: x => x.recorder_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "diagnostic_reports",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    issued = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    lab_report_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    performer_organisation_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    performer_organisation_ods_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    conclusion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    test_request_identifier = table.Column<Guid>(type: "uuid", nullable: true),
                    test_request_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    test_request_display = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    test_requested_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    test_requester_id = table.Column<int>(type: "integer", nullable: true),
                    identifier = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<int>(type: "integer", nullable: false),
                    is_confidential = table.Column<bool>(type: "boolean", nullable: false),
                    consultation_id = table.Column<int>(type: "integer", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorder_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_diagnostic_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_diagnostic_reports_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "gpconnect",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_diagnostic_reports_patients_patient_id",
                        column: x => x.patient_id,
                        principalSchema: "gpconnect",
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_diagnostic_reports_practitioners_recorder_id",
                        column: x => x.recorder_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_diagnostic_reports_practitioners_test_requester_id",
                        column: x => x.test_requester_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "diary_entries",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    display = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    authored_on = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    requester_id = table.Column<int>(type: "integer", nullable: false),
                    planned_start = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    planned_end = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    identifier = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<int>(type: "integer", nullable: false),
                    is_confidential = table.Column<bool>(type: "boolean", nullable: false),
                    consultation_id = table.Column<int>(type: "integer", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorder_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_diary_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_diary_entries_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "gpconnect",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_diary_entries_patients_patient_id",
                        column: x => x.patient_id,
                        principalSchema: "gpconnect",
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_diary_entries_practitioners_recorder_id",
                        column: x => x.recorder_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_diary_entries_practitioners_requester_id",
                        column: x => x.requester_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    type_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    type_display = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    created = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    indexed = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    author_organisation_id = table.Column<int>(type: "integer", nullable: true),
                    author_practitioner_id = table.Column<int>(type: "integer", nullable: true),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    practice_setting = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    identifier = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<int>(type: "integer", nullable: false),
                    is_confidential = table.Column<bool>(type: "boolean", nullable: false),
                    consultation_id = table.Column<int>(type: "integer", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorder_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_documents_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "gpconnect",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_documents_organisations_author_organisation_id",
                        column: x => x.author_organisation_id,
                        principalSchema: "gpconnect",
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_documents_patients_patient_id",
                        column: x => x.patient_id,
                        principalSchema: "gpconnect",
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_documents_practitioners_author_practitioner_id",
                        column: x => x.author_practitioner_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_documents_practitioners_recorder_id",
                        column: x => x.recorder_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "immunisations",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    procedure_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    procedure_display = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    vaccine_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    vaccine_display = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    not_given = table.Column<bool>(type: "boolean", nullable: false),
                    reason_not_given = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    primary_source = table.Column<bool>(type: "boolean", nullable: false),
                    administered_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    location_id = table.Column<int>(type: "integer", nullable: true),
                    performer_id = table.Column<int>(type: "integer", nullable: true),
                    manufacturer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    lot_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    expiration_date = table.Column<DateOnly>(type: "date", nullable: true),
                    site = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    route = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    dose_sequence = table.Column<int>(type: "integer", nullable: true),
                    target_disease_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    target_disease_display = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    parent_present = table.Column<bool>(type: "boolean", nullable: true),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    identifier = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<int>(type: "integer", nullable: false),
                    is_confidential = table.Column<bool>(type: "boolean", nullable: false),
                    consultation_id = table.Column<int>(type: "integer", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorder_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_immunisations", x => x.id);
                    table.ForeignKey(
                        name: "fk_immunisations_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "gpconnect",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_immunisations_locations_location_id",
                        column: x => x.location_id,
                        principalSchema: "gpconnect",
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_immunisations_patients_patient_id",
                        column: x => x.patient_id,
                        principalSchema: "gpconnect",
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_immunisations_practitioners_performer_id",
                        column: x => x.performer_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_immunisations_practitioners_recorder_id",
                        column: x => x.recorder_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "medication_statements",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    medication_id = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    effective_start = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    effective_end = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    date_asserted = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    dosage_text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    patient_instruction = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    prescribing_agency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    last_issue_date = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    identifier = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<int>(type: "integer", nullable: false),
                    is_confidential = table.Column<bool>(type: "boolean", nullable: false),
                    consultation_id = table.Column<int>(type: "integer", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorder_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_medication_statements", x => x.id);
                    table.ForeignKey(
                        name: "fk_medication_statements_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "gpconnect",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_medication_statements_medications_medication_id",
                        column: x => x.medication_id,
                        principalSchema: "gpconnect",
                        principalTable: "medications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_medication_statements_patients_patient_id",
                        column: x => x.patient_id,
                        principalSchema: "gpconnect",
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_medication_statements_practitioners_recorder_id",
                        column: x => x.recorder_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "problems",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    display = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    clinical_status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    significance = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    asserted_date = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    onset_date = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    abatement_date = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    asserter_id = table.Column<int>(type: "integer", nullable: true),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    identifier = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<int>(type: "integer", nullable: false),
                    is_confidential = table.Column<bool>(type: "boolean", nullable: false),
                    consultation_id = table.Column<int>(type: "integer", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorder_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_problems", x => x.id);
                    table.ForeignKey(
                        name: "fk_problems_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "gpconnect",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_problems_patients_patient_id",
                        column: x => x.patient_id,
                        principalSchema: "gpconnect",
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_problems_practitioners_asserter_id",
                        column: x => x.asserter_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_problems_practitioners_recorder_id",
                        column: x => x.recorder_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ubrn = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    priority = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    authored_on = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    requester_id = table.Column<int>(type: "integer", nullable: true),
                    recipient_organisation_ods_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    recipient_organisation_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    recipient_service_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    reason_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    reason_display = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    specialty = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    identifier = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<int>(type: "integer", nullable: false),
                    is_confidential = table.Column<bool>(type: "boolean", nullable: false),
                    consultation_id = table.Column<int>(type: "integer", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorder_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referrals", x => x.id);
                    table.ForeignKey(
                        name: "fk_referrals_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "gpconnect",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_patients_patient_id",
                        column: x => x.patient_id,
                        principalSchema: "gpconnect",
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_practitioners_recorder_id",
                        column: x => x.recorder_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_practitioners_requester_id",
                        column: x => x.requester_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "appointment_slots",
                schema: "gpconnect",
                columns: table => new
                {
                    appointment_id = table.Column<int>(type: "integer", nullable: false),
                    slot_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appointment_slots", x => new { x.appointment_id, x.slot_id });
                    table.ForeignKey(
                        name: "fk_appointment_slots_appointments_appointment_id",
                        column: x => x.appointment_id,
                        principalSchema: "gpconnect",
                        principalTable: "appointments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_appointment_slots_slots_slot_id",
                        column: x => x.slot_id,
                        principalSchema: "gpconnect",
                        principalTable: "slots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "specimens",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    identifier = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<int>(type: "integer", nullable: false),
                    diagnostic_report_id = table.Column<int>(type: "integer", nullable: false),
                    accession_identifier = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    type_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    type_display = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    collected_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    received_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    collector_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    body_site = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    fasting_status = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_specimens", x => x.id);
                    table.ForeignKey(
                        name: "fk_specimens_diagnostic_reports_diagnostic_report_id",
                        column: x => x.diagnostic_report_id,
                        principalSchema: "gpconnect",
                        principalTable: "diagnostic_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_specimens_patients_patient_id",
                        column: x => x.patient_id,
                        principalSchema: "gpconnect",
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "document_contents",
                schema: "gpconnect",
                columns: table => new
                {
                    document_id = table.Column<int>(type: "integer", nullable: false),
                    data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_contents", x => x.document_id);
                    table.ForeignKey(
                        name: "fk_document_contents_documents_document_id",
                        column: x => x.document_id,
                        principalSchema: "gpconnect",
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inbound_messages",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    mesh_message_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    workflow_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    sender_mailbox = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    recipient_mailbox = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    local_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    bundle_identifier = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    message_header_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    sender_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    event_code = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    sender_ods_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    document_bundle_identifier = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    composition_identifier = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    composition_version = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    patient_nhs_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    patient_id = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    response_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    response_text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    acknowledgement_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    document_id = table.Column<int>(type: "integer", nullable: true),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    received_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbound_messages", x => x.id);
                    table.ForeignKey(
                        name: "fk_inbound_messages_documents_document_id",
                        column: x => x.document_id,
                        principalSchema: "gpconnect",
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_inbound_messages_patients_patient_id",
                        column: x => x.patient_id,
                        principalSchema: "gpconnect",
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "medication_requests",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    medication_statement_id = table.Column<int>(type: "integer", nullable: false),
                    intent = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    based_on_plan_id = table.Column<int>(type: "integer", nullable: true),
                    prior_prescription_id = table.Column<int>(type: "integer", nullable: true),
                    medication_id = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    authored_on = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    dosage_text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    patient_instruction = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    validity_start = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    validity_end = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    quantity = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    quantity_text = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    expected_supply_days = table.Column<int>(type: "integer", nullable: true),
                    prescription_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    repeats_allowed = table.Column<int>(type: "integer", nullable: true),
                    repeats_issued = table.Column<int>(type: "integer", nullable: true),
                    authorisation_expiry_date = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    status_change_date = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    status_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    prescription_order_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    identifier = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<int>(type: "integer", nullable: false),
                    is_confidential = table.Column<bool>(type: "boolean", nullable: false),
                    consultation_id = table.Column<int>(type: "integer", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorder_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_medication_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_medication_requests_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "gpconnect",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_medication_requests_medication_requests_based_on_plan_id",
                        column: x => x.based_on_plan_id,
                        principalSchema: "gpconnect",
                        principalTable: "medication_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_medication_requests_medication_requests_prior_prescription_~",
                        column: x => x.prior_prescription_id,
                        principalSchema: "gpconnect",
                        principalTable: "medication_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_medication_requests_medication_statements_medication_statem~",
                        column: x => x.medication_statement_id,
                        principalSchema: "gpconnect",
                        principalTable: "medication_statements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_medication_requests_medications_medication_id",
                        column: x => x.medication_id,
                        principalSchema: "gpconnect",
                        principalTable: "medications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_medication_requests_patients_patient_id",
                        column: x => x.patient_id,
                        principalSchema: "gpconnect",
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_medication_requests_practitioners_recorder_id",
                        column: x => x.recorder_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "consultation_sections",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    consultation_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    parent_section_id = table.Column<int>(type: "integer", nullable: true),
                    title = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    problem_id = table.Column<int>(type: "integer", nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consultation_sections", x => x.id);
                    table.ForeignKey(
                        name: "fk_consultation_sections_consultation_sections_parent_section_~",
                        column: x => x.parent_section_id,
                        principalSchema: "gpconnect",
                        principalTable: "consultation_sections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consultation_sections_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "gpconnect",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consultation_sections_problems_problem_id",
                        column: x => x.problem_id,
                        principalSchema: "gpconnect",
                        principalTable: "problems",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "problem_linked_items",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    problem_id = table.Column<int>(type: "integer", nullable: false),
                    item_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    item_identifier = table.Column<Guid>(type: "uuid", nullable: true),
                    consultation_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_problem_linked_items", x => x.id);
                    table.CheckConstraint("ck_problem_linked_items_target", "(item_type IS NOT NULL AND item_identifier IS NOT NULL AND consultation_id IS NULL) OR (item_type IS NULL AND item_identifier IS NULL AND consultation_id IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_problem_linked_items_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "gpconnect",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_problem_linked_items_problems_problem_id",
                        column: x => x.problem_id,
                        principalSchema: "gpconnect",
                        principalTable: "problems",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "problem_relationships",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    problem_id = table.Column<int>(type: "integer", nullable: false),
                    related_problem_id = table.Column<int>(type: "integer", nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_problem_relationships", x => x.id);
                    table.ForeignKey(
                        name: "fk_problem_relationships_problems_problem_id",
                        column: x => x.problem_id,
                        principalSchema: "gpconnect",
                        principalTable: "problems",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_problem_relationships_problems_related_problem_id",
                        column: x => x.related_problem_id,
                        principalSchema: "gpconnect",
                        principalTable: "problems",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "observations",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    display = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    effective_start = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    effective_end = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    issued = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    performer_id = table.Column<int>(type: "integer", nullable: true),
                    value_quantity = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    value_unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    value_string = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    interpretation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    reference_range_low = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    reference_range_high = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    reference_range_text = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    comment = table.Column<string>(type: "text", nullable: true),
                    diagnostic_report_id = table.Column<int>(type: "integer", nullable: true),
                    parent_id = table.Column<int>(type: "integer", nullable: true),
                    specimen_id = table.Column<int>(type: "integer", nullable: true),
                    identifier = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<int>(type: "integer", nullable: false),
                    is_confidential = table.Column<bool>(type: "boolean", nullable: false),
                    consultation_id = table.Column<int>(type: "integer", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorder_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_observations", x => x.id);
                    table.ForeignKey(
                        name: "fk_observations_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "gpconnect",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_observations_diagnostic_reports_diagnostic_report_id",
                        column: x => x.diagnostic_report_id,
                        principalSchema: "gpconnect",
                        principalTable: "diagnostic_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_observations_observations_parent_id",
                        column: x => x.parent_id,
                        principalSchema: "gpconnect",
                        principalTable: "observations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_observations_patients_patient_id",
                        column: x => x.patient_id,
                        principalSchema: "gpconnect",
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_observations_practitioners_performer_id",
                        column: x => x.performer_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_observations_practitioners_recorder_id",
                        column: x => x.recorder_id,
                        principalSchema: "gpconnect",
                        principalTable: "practitioners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_observations_specimens_specimen_id",
                        column: x => x.specimen_id,
                        principalSchema: "gpconnect",
                        principalTable: "specimens",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "consultation_items",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    section_id = table.Column<int>(type: "integer", nullable: false),
                    item_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    item_identifier = table.Column<Guid>(type: "uuid", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consultation_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_consultation_items_consultation_sections_section_id",
                        column: x => x.section_id,
                        principalSchema: "gpconnect",
                        principalTable: "consultation_sections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "observation_components",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    observation_id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    display = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    value_quantity = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    value_unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    data_absent_reason = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_observation_components", x => x.id);
                    table.ForeignKey(
                        name: "fk_observation_components_observations_observation_id",
                        column: x => x.observation_id,
                        principalSchema: "gpconnect",
                        principalTable: "observations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_allergies_asserter_id",
                schema: "gpconnect",
                table: "allergies",
                column: "asserter_id");

            migrationBuilder.CreateIndex(
                name: "ix_allergies_consultation_id",
                schema: "gpconnect",
                table: "allergies",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_allergies_identifier",
                schema: "gpconnect",
                table: "allergies",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_allergies_patient_id",
                schema: "gpconnect",
                table: "allergies",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_allergies_recorder_id",
                schema: "gpconnect",
                table: "allergies",
                column: "recorder_id");

            migrationBuilder.CreateIndex(
                name: "ix_appointment_slots_slot_id",
                schema: "gpconnect",
                table: "appointment_slots",
                column: "slot_id");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_identifier",
                schema: "gpconnect",
                table: "appointments",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_appointments_location_id",
                schema: "gpconnect",
                table: "appointments",
                column: "location_id");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_patient_id_start",
                schema: "gpconnect",
                table: "appointments",
                columns: new[] { "patient_id", "start" });

            migrationBuilder.CreateIndex(
                name: "ix_appointments_practitioner_id",
                schema: "gpconnect",
                table: "appointments",
                column: "practitioner_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_patient_nhs_number",
                schema: "gpconnect",
                table: "audit_entries",
                column: "patient_nhs_number");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_sequence_number",
                schema: "gpconnect",
                table: "audit_entries",
                column: "sequence_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_consultation_items_item_identifier",
                schema: "gpconnect",
                table: "consultation_items",
                column: "item_identifier");

            migrationBuilder.CreateIndex(
                name: "ix_consultation_items_section_id",
                schema: "gpconnect",
                table: "consultation_items",
                column: "section_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultation_sections_consultation_id",
                schema: "gpconnect",
                table: "consultation_sections",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultation_sections_parent_section_id",
                schema: "gpconnect",
                table: "consultation_sections",
                column: "parent_section_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultation_sections_problem_id",
                schema: "gpconnect",
                table: "consultation_sections",
                column: "problem_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultations_identifier",
                schema: "gpconnect",
                table: "consultations",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_consultations_location_id",
                schema: "gpconnect",
                table: "consultations",
                column: "location_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultations_patient_id_start_time",
                schema: "gpconnect",
                table: "consultations",
                columns: new[] { "patient_id", "start_time" });

            migrationBuilder.CreateIndex(
                name: "ix_consultations_primary_clinician_id",
                schema: "gpconnect",
                table: "consultations",
                column: "primary_clinician_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultations_recorder_id",
                schema: "gpconnect",
                table: "consultations",
                column: "recorder_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultations_service_provider_id",
                schema: "gpconnect",
                table: "consultations",
                column: "service_provider_id");

            migrationBuilder.CreateIndex(
                name: "ix_diagnostic_reports_consultation_id",
                schema: "gpconnect",
                table: "diagnostic_reports",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_diagnostic_reports_identifier",
                schema: "gpconnect",
                table: "diagnostic_reports",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_diagnostic_reports_patient_id",
                schema: "gpconnect",
                table: "diagnostic_reports",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_diagnostic_reports_recorder_id",
                schema: "gpconnect",
                table: "diagnostic_reports",
                column: "recorder_id");

            migrationBuilder.CreateIndex(
                name: "ix_diagnostic_reports_test_request_identifier",
                schema: "gpconnect",
                table: "diagnostic_reports",
                column: "test_request_identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_diagnostic_reports_test_requester_id",
                schema: "gpconnect",
                table: "diagnostic_reports",
                column: "test_requester_id");

            migrationBuilder.CreateIndex(
                name: "ix_diary_entries_consultation_id",
                schema: "gpconnect",
                table: "diary_entries",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_diary_entries_identifier",
                schema: "gpconnect",
                table: "diary_entries",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_diary_entries_patient_id",
                schema: "gpconnect",
                table: "diary_entries",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_diary_entries_recorder_id",
                schema: "gpconnect",
                table: "diary_entries",
                column: "recorder_id");

            migrationBuilder.CreateIndex(
                name: "ix_diary_entries_requester_id",
                schema: "gpconnect",
                table: "diary_entries",
                column: "requester_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_author_organisation_id",
                schema: "gpconnect",
                table: "documents",
                column: "author_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_author_practitioner_id",
                schema: "gpconnect",
                table: "documents",
                column: "author_practitioner_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_consultation_id",
                schema: "gpconnect",
                table: "documents",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_identifier",
                schema: "gpconnect",
                table: "documents",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_documents_patient_id",
                schema: "gpconnect",
                table: "documents",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_recorder_id",
                schema: "gpconnect",
                table: "documents",
                column: "recorder_id");

            migrationBuilder.CreateIndex(
                name: "ix_immunisations_consultation_id",
                schema: "gpconnect",
                table: "immunisations",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_immunisations_identifier",
                schema: "gpconnect",
                table: "immunisations",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_immunisations_location_id",
                schema: "gpconnect",
                table: "immunisations",
                column: "location_id");

            migrationBuilder.CreateIndex(
                name: "ix_immunisations_patient_id",
                schema: "gpconnect",
                table: "immunisations",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_immunisations_performer_id",
                schema: "gpconnect",
                table: "immunisations",
                column: "performer_id");

            migrationBuilder.CreateIndex(
                name: "ix_immunisations_recorder_id",
                schema: "gpconnect",
                table: "immunisations",
                column: "recorder_id");

            migrationBuilder.CreateIndex(
                name: "ix_inbound_messages_bundle_identifier",
                schema: "gpconnect",
                table: "inbound_messages",
                column: "bundle_identifier");

            migrationBuilder.CreateIndex(
                name: "ix_inbound_messages_composition_identifier",
                schema: "gpconnect",
                table: "inbound_messages",
                column: "composition_identifier");

            migrationBuilder.CreateIndex(
                name: "ix_inbound_messages_document_id",
                schema: "gpconnect",
                table: "inbound_messages",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_inbound_messages_mesh_message_id",
                schema: "gpconnect",
                table: "inbound_messages",
                column: "mesh_message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inbound_messages_patient_id",
                schema: "gpconnect",
                table: "inbound_messages",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_locations_managing_organisation_id",
                schema: "gpconnect",
                table: "locations",
                column: "managing_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_locations_site_id",
                schema: "gpconnect",
                table: "locations",
                column: "site_id");

            migrationBuilder.CreateIndex(
                name: "ix_medication_requests_based_on_plan_id",
                schema: "gpconnect",
                table: "medication_requests",
                column: "based_on_plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_medication_requests_consultation_id",
                schema: "gpconnect",
                table: "medication_requests",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_medication_requests_identifier",
                schema: "gpconnect",
                table: "medication_requests",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_medication_requests_medication_id",
                schema: "gpconnect",
                table: "medication_requests",
                column: "medication_id");

            migrationBuilder.CreateIndex(
                name: "ix_medication_requests_medication_statement_id",
                schema: "gpconnect",
                table: "medication_requests",
                column: "medication_statement_id");

            migrationBuilder.CreateIndex(
                name: "ix_medication_requests_patient_id",
                schema: "gpconnect",
                table: "medication_requests",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_medication_requests_prior_prescription_id",
                schema: "gpconnect",
                table: "medication_requests",
                column: "prior_prescription_id");

            migrationBuilder.CreateIndex(
                name: "ix_medication_requests_recorder_id",
                schema: "gpconnect",
                table: "medication_requests",
                column: "recorder_id");

            migrationBuilder.CreateIndex(
                name: "ix_medication_statements_consultation_id",
                schema: "gpconnect",
                table: "medication_statements",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_medication_statements_identifier",
                schema: "gpconnect",
                table: "medication_statements",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_medication_statements_medication_id",
                schema: "gpconnect",
                table: "medication_statements",
                column: "medication_id");

            migrationBuilder.CreateIndex(
                name: "ix_medication_statements_patient_id",
                schema: "gpconnect",
                table: "medication_statements",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_medication_statements_recorder_id",
                schema: "gpconnect",
                table: "medication_statements",
                column: "recorder_id");

            migrationBuilder.CreateIndex(
                name: "ix_medications_code",
                schema: "gpconnect",
                table: "medications",
                column: "code");

            migrationBuilder.CreateIndex(
                name: "ix_observation_components_observation_id",
                schema: "gpconnect",
                table: "observation_components",
                column: "observation_id");

            migrationBuilder.CreateIndex(
                name: "ix_observations_consultation_id",
                schema: "gpconnect",
                table: "observations",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_observations_diagnostic_report_id",
                schema: "gpconnect",
                table: "observations",
                column: "diagnostic_report_id");

            migrationBuilder.CreateIndex(
                name: "ix_observations_identifier",
                schema: "gpconnect",
                table: "observations",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_observations_parent_id",
                schema: "gpconnect",
                table: "observations",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_observations_patient_id",
                schema: "gpconnect",
                table: "observations",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_observations_performer_id",
                schema: "gpconnect",
                table: "observations",
                column: "performer_id");

            migrationBuilder.CreateIndex(
                name: "ix_observations_recorder_id",
                schema: "gpconnect",
                table: "observations",
                column: "recorder_id");

            migrationBuilder.CreateIndex(
                name: "ix_observations_specimen_id",
                schema: "gpconnect",
                table: "observations",
                column: "specimen_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_ods_code",
                schema: "gpconnect",
                table: "organisations",
                column: "ods_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisations_part_of_id",
                schema: "gpconnect",
                table: "organisations",
                column: "part_of_id");

            migrationBuilder.CreateIndex(
                name: "ix_patient_contacts_patient_id",
                schema: "gpconnect",
                table: "patient_contacts",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_patient_previous_nhs_numbers_nhs_number",
                schema: "gpconnect",
                table: "patient_previous_nhs_numbers",
                column: "nhs_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_patient_previous_nhs_numbers_patient_id",
                schema: "gpconnect",
                table: "patient_previous_nhs_numbers",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_patients_nhs_number",
                schema: "gpconnect",
                table: "patients",
                column: "nhs_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_patients_preferred_branch_surgery_id",
                schema: "gpconnect",
                table: "patients",
                column: "preferred_branch_surgery_id");

            migrationBuilder.CreateIndex(
                name: "ix_patients_registered_practice_id",
                schema: "gpconnect",
                table: "patients",
                column: "registered_practice_id");

            migrationBuilder.CreateIndex(
                name: "ix_patients_usual_gp_id",
                schema: "gpconnect",
                table: "patients",
                column: "usual_gp_id");

            migrationBuilder.CreateIndex(
                name: "ix_practices_asid",
                schema: "gpconnect",
                table: "practices",
                column: "asid");

            migrationBuilder.CreateIndex(
                name: "ix_practices_organisation_id",
                schema: "gpconnect",
                table: "practices",
                column: "organisation_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_practitioner_roles_organisation_id",
                schema: "gpconnect",
                table: "practitioner_roles",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_practitioner_roles_practitioner_id",
                schema: "gpconnect",
                table: "practitioner_roles",
                column: "practitioner_id");

            migrationBuilder.CreateIndex(
                name: "ix_practitioners_sds_user_id",
                schema: "gpconnect",
                table: "practitioners",
                column: "sds_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_problem_linked_items_consultation_id",
                schema: "gpconnect",
                table: "problem_linked_items",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_problem_linked_items_item_identifier",
                schema: "gpconnect",
                table: "problem_linked_items",
                column: "item_identifier");

            migrationBuilder.CreateIndex(
                name: "ix_problem_linked_items_problem_id",
                schema: "gpconnect",
                table: "problem_linked_items",
                column: "problem_id");

            migrationBuilder.CreateIndex(
                name: "ix_problem_relationships_problem_id_related_problem_id",
                schema: "gpconnect",
                table: "problem_relationships",
                columns: new[] { "problem_id", "related_problem_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_problem_relationships_related_problem_id",
                schema: "gpconnect",
                table: "problem_relationships",
                column: "related_problem_id");

            migrationBuilder.CreateIndex(
                name: "ix_problems_asserter_id",
                schema: "gpconnect",
                table: "problems",
                column: "asserter_id");

            migrationBuilder.CreateIndex(
                name: "ix_problems_consultation_id",
                schema: "gpconnect",
                table: "problems",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_problems_identifier",
                schema: "gpconnect",
                table: "problems",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_problems_patient_id",
                schema: "gpconnect",
                table: "problems",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_problems_recorder_id",
                schema: "gpconnect",
                table: "problems",
                column: "recorder_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_consultation_id",
                schema: "gpconnect",
                table: "referrals",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_identifier",
                schema: "gpconnect",
                table: "referrals",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_referrals_patient_id",
                schema: "gpconnect",
                table: "referrals",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_recorder_id",
                schema: "gpconnect",
                table: "referrals",
                column: "recorder_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_requester_id",
                schema: "gpconnect",
                table: "referrals",
                column: "requester_id");

            migrationBuilder.CreateIndex(
                name: "ix_schedules_identifier",
                schema: "gpconnect",
                table: "schedules",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_schedules_location_id",
                schema: "gpconnect",
                table: "schedules",
                column: "location_id");

            migrationBuilder.CreateIndex(
                name: "ix_schedules_practitioner_id",
                schema: "gpconnect",
                table: "schedules",
                column: "practitioner_id");

            migrationBuilder.CreateIndex(
                name: "ix_slots_schedule_id_start",
                schema: "gpconnect",
                table: "slots",
                columns: new[] { "schedule_id", "start" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_slots_status_start",
                schema: "gpconnect",
                table: "slots",
                columns: new[] { "status", "start" });

            migrationBuilder.CreateIndex(
                name: "ix_specimens_diagnostic_report_id",
                schema: "gpconnect",
                table: "specimens",
                column: "diagnostic_report_id");

            migrationBuilder.CreateIndex(
                name: "ix_specimens_identifier",
                schema: "gpconnect",
                table: "specimens",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_specimens_patient_id",
                schema: "gpconnect",
                table: "specimens",
                column: "patient_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "allergies",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "appointment_slots",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "consultation_items",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "diary_entries",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "document_contents",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "immunisations",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "inbound_messages",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "medication_requests",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "observation_components",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "patient_contacts",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "patient_previous_nhs_numbers",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "practices",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "practitioner_roles",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "problem_linked_items",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "problem_relationships",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "referrals",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "appointments",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "slots",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "consultation_sections",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "documents",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "medication_statements",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "observations",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "schedules",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "problems",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "medications",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "specimens",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "diagnostic_reports",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "consultations",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "patients",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "locations",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "practitioners",
                schema: "gpconnect");

            migrationBuilder.DropTable(
                name: "organisations",
                schema: "gpconnect");
        }
    }
}

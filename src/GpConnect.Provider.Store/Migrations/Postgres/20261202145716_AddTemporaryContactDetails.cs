using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GpConnect.Provider.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddTemporaryContactDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "email_use",
                schema: "gpconnect",
                table: "patients",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "temporary_address_line1",
                schema: "gpconnect",
                table: "patients",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "temporary_address_line2",
                schema: "gpconnect",
                table: "patients",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "temporary_county",
                schema: "gpconnect",
                table: "patients",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "temporary_details_end",
                schema: "gpconnect",
                table: "patients",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "temporary_phone",
                schema: "gpconnect",
                table: "patients",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "temporary_postcode",
                schema: "gpconnect",
                table: "patients",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "temporary_town",
                schema: "gpconnect",
                table: "patients",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "email_use",
                schema: "gpconnect",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "temporary_address_line1",
                schema: "gpconnect",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "temporary_address_line2",
                schema: "gpconnect",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "temporary_county",
                schema: "gpconnect",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "temporary_details_end",
                schema: "gpconnect",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "temporary_phone",
                schema: "gpconnect",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "temporary_postcode",
                schema: "gpconnect",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "temporary_town",
                schema: "gpconnect",
                table: "patients");
        }
    }
}

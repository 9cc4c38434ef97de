using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GpConnect.Provider.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddTemporaryContactDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "email_use",
                table: "patients",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "temporary_address_line1",
                table: "patients",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "temporary_address_line2",
                table: "patients",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "temporary_county",
                table: "patients",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "temporary_details_end",
                table: "patients",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "temporary_phone",
                table: "patients",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "temporary_postcode",
                table: "patients",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "temporary_town",
                table: "patients",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "email_use",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "temporary_address_line1",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "temporary_address_line2",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "temporary_county",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "temporary_details_end",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "temporary_phone",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "temporary_postcode",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "temporary_town",
                table: "patients");
        }
    }
}

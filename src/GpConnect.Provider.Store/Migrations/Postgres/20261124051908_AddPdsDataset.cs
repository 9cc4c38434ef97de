using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GpConnect.Provider.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddPdsDataset : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pds_records",
                schema: "gpconnect",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    nhs_number = table.Column<string>(type: "character(10)", fixedLength: true, maxLength: 10, nullable: false),
                    family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    gender = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    is_sensitive = table.Column<bool>(type: "boolean", nullable: false),
                    deceased_on = table.Column<DateOnly>(type: "date", nullable: true),
                    is_superseded = table.Column<bool>(type: "boolean", nullable: false),
                    is_invalid = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pds_records", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_pds_records_nhs_number",
                schema: "gpconnect",
                table: "pds_records",
                column: "nhs_number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pds_records",
                schema: "gpconnect");
        }
    }
}

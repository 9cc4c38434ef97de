using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GpConnect.Provider.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddPdsDataset : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pds_records",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    nhs_number = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 10, nullable: false),
                    family_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    given_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    gender = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    is_sensitive = table.Column<bool>(type: "INTEGER", nullable: false),
                    deceased_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    is_superseded = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_invalid = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pds_records", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_pds_records_nhs_number",
                table: "pds_records",
                column: "nhs_number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pds_records");
        }
    }
}

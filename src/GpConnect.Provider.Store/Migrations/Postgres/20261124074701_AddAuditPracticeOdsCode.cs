using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GpConnect.Provider.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddAuditPracticeOdsCode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "practice_ods_code",
                schema: "gpconnect",
                table: "audit_entries",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            // Entries written before this column existed belong to the practice their path addressed.
            migrationBuilder.Sql("UPDATE gpconnect.audit_entries SET practice_ods_code = left(split_part(request_path, '/', 2), 16) WHERE request_path LIKE '/%/%';");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_practice_ods_code_sequence_number",
                schema: "gpconnect",
                table: "audit_entries",
                columns: new[] { "practice_ods_code", "sequence_number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_entries_practice_ods_code_sequence_number",
                schema: "gpconnect",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "practice_ods_code",
                schema: "gpconnect",
                table: "audit_entries");
        }
    }
}

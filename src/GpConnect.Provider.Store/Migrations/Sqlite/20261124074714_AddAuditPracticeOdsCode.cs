using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GpConnect.Provider.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddAuditPracticeOdsCode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "practice_ods_code",
                table: "audit_entries",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            // Entries written before this column existed belong to the practice their path addressed.
            migrationBuilder.Sql("UPDATE audit_entries SET practice_ods_code = substr(request_path, 2, min(16, instr(substr(request_path, 2), '/') - 1)) WHERE request_path LIKE '/%/%';");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_practice_ods_code_sequence_number",
                table: "audit_entries",
                columns: new[] { "practice_ods_code", "sequence_number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_entries_practice_ods_code_sequence_number",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "practice_ods_code",
                table: "audit_entries");
        }
    }
}

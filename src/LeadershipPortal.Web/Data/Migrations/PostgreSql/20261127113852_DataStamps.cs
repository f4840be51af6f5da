using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace LeadershipPortal.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DataStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataStamps",
                columns: table => new
                {
                    Area = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataStamps", x => x.Area);
                });

            migrationBuilder.InsertData(
                table: "DataStamps",
                columns: new[] { "Area", "Value" },
                values: new object[,]
                {
                    { "Accounts", 0L },
                    { "Applications", 0L },
                    { "Assessments", 0L },
                    { "Candidates", 0L },
                    { "Competencies", 0L },
                    { "GenderBalance", 0L },
                    { "Mentoring", 0L },
                    { "Reference", 0L },
                    { "Vacancies", 0L }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataStamps");
        }
    }
}

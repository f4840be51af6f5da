using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeadershipPortal.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PerformanceIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MentoringSessions_MentorshipId_HeldAtUtc",
                table: "MentoringSessions");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringSessions_MentorshipId_HeldAtUtc_DurationMinutes_Me~",
                table: "MentoringSessions",
                columns: new[] { "MentorshipId", "HeldAtUtc", "DurationMinutes", "MenteeRating" });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_ApplicationId_Conflict_SubmittedAtUtc_Stage_Ass~",
                table: "Assessments",
                columns: new[] { "ApplicationId", "Conflict", "SubmittedAtUtc", "Stage", "AssessorId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MentoringSessions_MentorshipId_HeldAtUtc_DurationMinutes_Me~",
                table: "MentoringSessions");

            migrationBuilder.DropIndex(
                name: "IX_Assessments_ApplicationId_Conflict_SubmittedAtUtc_Stage_Ass~",
                table: "Assessments");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringSessions_MentorshipId_HeldAtUtc",
                table: "MentoringSessions",
                columns: new[] { "MentorshipId", "HeldAtUtc" });
        }
    }
}

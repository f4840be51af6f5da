using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeadershipPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class MentoringProgramme : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MenteeFit",
                table: "Mentorships",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MentorFit",
                table: "Mentorships",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConflictMissions",
                table: "Mentors",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "AuthorUserId",
                table: "MentoringSessions",
                type: "TEXT",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LinkedGoals",
                table: "MentoringSessions",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateTime>(
                name: "LoggedAtUtc",
                table: "MentoringSessions",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "MenteeComment",
                table: "MentoringSessions",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DueOn",
                table: "ActionItem",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Owner",
                table: "ActionItem",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MenteeFit",
                table: "Mentorships");

            migrationBuilder.DropColumn(
                name: "MentorFit",
                table: "Mentorships");

            migrationBuilder.DropColumn(
                name: "ConflictMissions",
                table: "Mentors");

            migrationBuilder.DropColumn(
                name: "AuthorUserId",
                table: "MentoringSessions");

            migrationBuilder.DropColumn(
                name: "LinkedGoals",
                table: "MentoringSessions");

            migrationBuilder.DropColumn(
                name: "LoggedAtUtc",
                table: "MentoringSessions");

            migrationBuilder.DropColumn(
                name: "MenteeComment",
                table: "MentoringSessions");

            migrationBuilder.DropColumn(
                name: "DueOn",
                table: "ActionItem");

            migrationBuilder.DropColumn(
                name: "Owner",
                table: "ActionItem");
        }
    }
}

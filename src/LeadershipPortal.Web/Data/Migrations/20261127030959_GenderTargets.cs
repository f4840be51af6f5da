using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeadershipPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class GenderTargets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GenderTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ScopeId = table.Column<int>(type: "INTEGER", nullable: true),
                    SharePercent = table.Column<int>(type: "INTEGER", nullable: false),
                    DeadlineUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GenderTargets", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GenderTargets_Scope_ScopeId",
                table: "GenderTargets",
                columns: new[] { "Scope", "ScopeId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GenderTargets");
        }
    }
}

using LeadershipPortal.Web.Features.Audit;
using LeadershipPortal.Web.Features.Dashboards;
using LeadershipPortal.Web.Features.Documents;
using LeadershipPortal.Web.Features.Users;
using LeadershipPortal.Web.Features.Vacancies;

namespace LeadershipPortal.Web.Setup;

public static class FeaturesSetup
{
    /// <summary>The use-case services of each feature; scoped like the DbContext they use.</summary>
    public static IHostApplicationBuilder AddPortalFeatures(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<VacancyCatalog>();
        builder.Services.AddScoped<CandidateDashboard>();
        builder.Services.AddScoped<AssessorQueue>();
        builder.Services.AddScoped<MentoringDashboard>();
        builder.Services.AddScoped<HrDashboard>();
        builder.Services.AddScoped<AdminDashboard>();
        builder.Services.AddScoped<UserAdministration>();

        builder.Services.AddOptions<DocumentStorageOptions>().BindConfiguration("Documents");
        builder.Services.AddSingleton<IDocumentStore, FileSystemDocumentStore>();
        builder.Services.AddScoped<CandidateDocuments>();
        return builder;
    }
}

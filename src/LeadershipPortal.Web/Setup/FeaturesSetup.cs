using LeadershipPortal.Web.Features.Applications;
using LeadershipPortal.Web.Features.Assessments;
using LeadershipPortal.Web.Features.Audit;
using LeadershipPortal.Web.Features.Candidates;
using LeadershipPortal.Web.Features.Common;
using LeadershipPortal.Web.Features.Dashboards;
using LeadershipPortal.Web.Features.Selection;
using LeadershipPortal.Web.Features.Documents;
using LeadershipPortal.Web.Features.Dossiers;
using LeadershipPortal.Web.Features.Frameworks;
using LeadershipPortal.Web.Features.GenderBalance;
using LeadershipPortal.Web.Features.Mentoring;
using LeadershipPortal.Web.Features.Users;
using LeadershipPortal.Web.Features.Vacancies;

using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeadershipPortal.Web.Setup;

public static class FeaturesSetup
{
    /// <summary>The use-case services of each feature; scoped like the DbContext they use.</summary>
    public static IHostApplicationBuilder AddPortalFeatures(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<AuditBrowser>();
        builder.Services.AddScoped<VacancyCatalog>();
        builder.Services.AddScoped<CandidateDashboard>();
        builder.Services.AddScoped<AssessorQueue>();
        builder.Services.AddScoped<MentoringDashboard>();
        builder.Services.AddScoped<HrDashboard>();
        builder.Services.AddScoped<AdminDashboard>();
        builder.Services.AddScoped<UserAdministration>();
        builder.Services.AddScoped<CandidateProfileService>();
        builder.Services.AddScoped<CandidateApplications>();
        builder.Services.AddScoped<CandidateNotifier>();
        builder.Services.AddScoped<CandidateApplicationViews>();
        builder.Services.AddScoped<AssessorWork>();
        builder.Services.AddScoped<VacancyAdministration>();
        builder.Services.AddScoped<PanelAdministration>();
        builder.Services.AddScoped<SelectionDecisions>();
        builder.Services.AddScoped<Roster>();
        builder.Services.AddScoped<RankingService>();
        builder.Services.AddScoped<FrameworkAdministration>();
        builder.Services.AddScoped<MyDataService>();

        builder.Services.AddOptions<DocumentStorageOptions>().BindConfiguration("Documents");
        builder.Services.AddSingleton<IDocumentStore, FileSystemDocumentStore>();
        builder.Services.AddScoped<CandidateDocuments>();

        // Gender balance: funnel (reused by the vacancy dossier), targets, report.
        builder.Services.AddScoped<GenderFunnelQuery>();
        builder.Services.AddScoped<GenderTargets>();
        builder.Services.AddScoped<GenderBalanceReport>();

        // Mentoring programme: profiles, matching, mentorship work, programme health.
        builder.Services.AddScoped<MentoringProfiles>();
        builder.Services.AddScoped<MentorMatching>();
        builder.Services.AddScoped<MentorshipWork>();
        builder.Services.AddScoped<MentoringProgramme>();

        // Dossiers: PDF dossiers built by DossierJob, stored behind IDossierStore, re-queued at start-up.
        builder.Services.AddOptions<DossierOptions>().BindConfiguration("Dossiers");
        builder.Services.AddSingleton<IDossierStore, FileSystemDossierStore>();
        builder.Services.AddSingleton<IDossierRenderer, PdfSharpDossierRenderer>();
        builder.Services.AddScoped<DossierModelBuilder>();
        builder.Services.AddScoped<DossierRequests>();
        builder.Services.AddScoped<LeadershipPortal.Web.Jobs.DossierJob>();
        builder.Services.AddSingleton<DossierRequeue>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DossierRequeue>());

        // Scale-out: dossiers and uploaded documents in the database (Dossiers:Store, Documents:Store = Database), so every node serves them.
        builder.Services.AddSingleton<DatabaseBlobs>();
        if (FileStoreKinds.IsDatabase(builder.Configuration["Dossiers:Store"], "Dossiers:Store"))
        {
            builder.Services.Replace(ServiceDescriptor.Singleton<IDossierStore, DatabaseDossierStore>());
        }

        if (FileStoreKinds.IsDatabase(builder.Configuration["Documents:Store"], "Documents:Store"))
        {
            builder.Services.Replace(ServiceDescriptor.Singleton<IDocumentStore, DatabaseDocumentStore>());
        }

        // Performance: costly read models (rankings, the gender publication, queues, programme health) are kept in
        // memory under the data stamps renewed by every change, read from the shared database on each request.
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<ReadModelStore>();
        builder.Services.AddSingleton<DataStampReader>();
        builder.Services.AddScoped<ReadModelCache>();

        return builder;
    }
}

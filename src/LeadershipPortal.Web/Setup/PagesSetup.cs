using LeadershipPortal.Web.Features.Common;
using LeadershipPortal.Web.Identity;

namespace LeadershipPortal.Web.Setup;

public static class PagesSetup
{
    public static IHostApplicationBuilder AddPortalPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
        {
            // Deny by default (the fallback policy); each area names the role that may enter it.
            options.Conventions.AuthorizeFolder("/Candidate", Policies.Candidate);
            options.Conventions.AuthorizeFolder("/Assess", Policies.Assessor);
            options.Conventions.AuthorizeFolder("/Mentoring", Policies.Mentoring);
            options.Conventions.AuthorizeFolder("/Hr", Policies.HR);
            options.Conventions.AuthorizeFolder("/Admin", Policies.Admin);

            // The only pages open to everyone.
            options.Conventions.AllowAnonymousToPage("/Index");
            options.Conventions.AllowAnonymousToPage("/Privacy");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.AllowAnonymousToPage("/Status");
            options.Conventions.AllowAnonymousToPage("/Language");
            options.Conventions.AllowAnonymousToFolder("/Vacancies");

            foreach (var page in TwoFactorPageGuard.SignInPages.Concat(TwoFactorPageGuard.ManagePages))
            {
                options.Conventions.AddAreaPageApplicationModelConvention("Identity", page, model => model.Filters.Add(new TwoFactorPageGuard()));
            }
        }).AddMvcOptions(options => options.ModelBinderProviders.Insert(0, new BooleanModelBinderProvider()));
        builder.Services.AddRazorComponents();
        return builder;
    }
}

namespace LeadershipPortal.Web.Setup;

public static class PipelineSetup
{
    /// <summary>Friendly pages for errors and status codes: a request id, never a stack trace outside Development.</summary>
    public static WebApplication UsePortalErrorPages(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.UseMigrationsEndPoint();
        }
        else
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseStatusCodePagesWithReExecute("/Status/{0}");
        return app;
    }
}

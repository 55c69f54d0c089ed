using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PackStation.Domain.Ports;
using PackStation.Packing;
using PackStation.Settings;
using PackStation.Web.Api;
using PackStation.Web.Auth;
using PackStation.Web.Metrics;
using PackStation.Web.OpenApi;
using PackStation.Web.Pages;
using PackStation.Web.Sheets;

namespace PackStation.Web;

public static class WebExtensions
{
    /// <summary>
    /// Registers what the web side needs: JSON settings, cookie login, roles, antiforgery, OpenAPI, pages, and the
    /// packing services it shows (AddPackStationPacking). Needs the store ports (AddPackStationStorage).
    /// </summary>
    public static IServiceCollection AddPackStationWeb(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(WebAccess)))
            return services;
        services.AddPackStationPacking(configuration);
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        services.AddSettings<WebOptions>(configuration, WebOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<WebOptions>>().Value);
        services.AddSingleton<WebAccess>();
        services.AddSingleton<PasswordService>();
        services.AddSingleton<AccountAdministration>();
        services.AddSingleton<StationTokens>();
        services.AddSingleton<EmbeddedAssets>();
        services.AddSingleton<EventCounters>();
        services.AddSingleton<SyncLag>();
        services.AddPackStationLogin(configuration);
        services.AddHostedService<WebWarmUp>();
        services.AddHostedService<FirstSupervisorService>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "packstation.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
            o.LoginPath = "/login";
            o.Events.OnRedirectToLogin = c => Refuse(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => Refuse(c, StatusCodes.Status403Forbidden);
            o.Events.OnValidatePrincipal = SessionCookie.ValidateAsync;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(WebRoles.ReadPolicy, p => p.RequireRole(WebRoles.Supervisor, WebRoles.Viewer))
            .AddPolicy(WebRoles.ChangePolicy, p => p.RequireRole(WebRoles.Supervisor)
                .RequireAssertion(c => !c.User.HasClaim(claim => claim.Type == WebRoles.MustChangeClaim)));
        services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryFilter.HeaderName;
            o.Cookie.Name = "packstation.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer<SecuritySchemes>();
            o.AddOperationTransformer<OperationRules>();
        });
        return services;
    }

    /// <summary>Maps every endpoint: pages, sheets, the JSON API, its OpenAPI document, health and metrics.</summary>
    public static WebApplication MapPackStationWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var access = app.Services.GetRequiredService<WebAccess>();
        app.MapHealthApi();
        app.MapStatsApi(access);
        app.MapStatsExportApi(access);
        app.MapStationsApi(access);
        app.MapStationsLiveApi(access);
        app.MapOrdersApi(access);
        app.MapOrderDetailApi(access);
        app.MapOrderLabelsApi(access);
        app.MapOutboxApi(access);
        app.MapSyncApi(access);
        app.MapExceptionsApi(access);
        app.MapWaybillsApi(access);
        app.MapShopifyWebhookApi();
        app.MapSessionApi();
        app.MapAccountsApi();
        app.MapPackersApi();
        app.MapStationTokensApi();
        app.MapMetricsApi();
        app.MapPages();
        app.MapSheets(access);
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapGet("/openapi.json", () => Results.Redirect("/openapi/v1.json")).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>API and page requests get a status code, not a redirect: the pages show their own login link.</summary>
    private static Task Refuse(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}

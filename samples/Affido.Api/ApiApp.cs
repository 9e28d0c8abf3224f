using Affido.Domain;
using Affido.Matching;
using Affido.Rules;
using Affido.Serialization.SystemTextJson;
using Affido.TestSupport;
using NodaTime;

namespace Affido.Api;

/// <summary>Builds the sample's application: the packages registered, options bound from configuration, the registry, the endpoints.</summary>
internal static class ApiApp
{
    /// <summary>The largest request body accepted: 1 MB (a waiting list of a hundred requests is far smaller).</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>Creates the application from the command line and appsettings.json.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The application, not started.</returns>
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxBodyBytes);

        // The packages, with the application's clock (the library never picks one: this is the composition root), the
        // district's policy and the matching weights from appsettings.json ("Affido" section).
        // A key that is not an option (a typo) or an invalid value stops the host at start.
        builder.Services.AddAffidoDomain(SystemClock.Instance).AddAffidoRules().AddAffidoMatching();
        builder.Services.AddOptions<DistrictPolicy>().BindConfiguration("Affido:Policy", o => o.ErrorOnUnknownConfiguration = true);
        builder.Services.AddOptions<MatchingOptions>().BindConfiguration("Affido:Matching", o => o.ErrorOnUnknownConfiguration = true);

        // Bodies and responses in the library's JSON shapes; municipalities by ISTAT code in the Lombardy territory.
        var territory = LombardyTerritory.Instance;
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.ConfigureForAffido(
            new AffidoJsonSettings { Territory = new Territory(territory.Municipalities, territory.SocialDistricts) }));

        // The registry: the demo's synthetic carers, indexed once when the host starts.
        var registry = builder.Configuration.GetSection("Affido:Registry");
        var registryOptions = new SyntheticRegistryOptions(registry.GetValue("Carers", 5_000), registry.GetValue("Seed", SyntheticRegistryOptions.DefaultSeed));
        builder.Services.AddSingleton(sp => sp.GetRequiredService<CarerIndexFactory>().Build(SyntheticRegistry.Generate(registryOptions)));
        builder.Services.AddHostedService<RegistryStartup>();

        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddSchemaTransformer<AffidoSchemaTransformer>());

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        Endpoints.Map(app);
        return app;
    }
}

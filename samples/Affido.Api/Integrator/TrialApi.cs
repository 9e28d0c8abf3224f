using System.Text.Json;
using Affido.Domain;
using Affido.Matching;
using Affido.Rules;
using Affido.Serialization.SystemTextJson;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using NodaTime;

namespace Affido.Api.Integrator;

/// <summary>
/// The README's integrator example: the trial's two endpoints (POST /match, POST /placements/evaluate) with the
/// packages and a few dozen lines of one's own code. The lines between the README markers are the README's block
/// (a test compares them) and are served over real HTTP by the tests.
/// </summary>
internal static class TrialApi
{
    public static WebApplication Create(string[] args, IEnumerable<FosterCarer> carers, Territory territory)
    {
        // README:begin
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddAffidoDomain(SystemClock.Instance).AddAffidoRules().AddAffidoMatching();  // your clock; validators, evaluator, index factory
        builder.Services.AddOptions<DistrictPolicy>().BindConfiguration("Affido:Policy");   // invalid: the host does not start
        builder.Services.AddOptions<MatchingOptions>().BindConfiguration("Affido:Matching");
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.ConfigureForAffido(new AffidoJsonSettings { Territory = territory }));
        builder.Services.AddSingleton(sp => sp.GetRequiredService<CarerIndexFactory>().Build(carers));  // your registry
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);  // bad JSON goes to the handler below
        builder.Services.AddProblemDetails();

        var app = builder.Build();
        app.UseExceptionHandler(error => error.Run(http =>
        {
            var problem = http.Features.Get<IExceptionHandlerFeature>()?.Error;
            return (problem?.InnerException is JsonException json   // the JSON path of the bad value, e.g. "$.minors[0].birthDate"
                ? Results.ValidationProblem(new Dictionary<string, string[]> { [AffidoJsonErrors.PathOf(json) ?? "$"] = [AffidoJsonErrors.DescriptionOf(json)] })
                : Results.Problem(statusCode: problem is BadHttpRequestException bad ? bad.StatusCode : 500)).ExecuteAsync(http);
        }));
        app.UseStatusCodePages();

        app.MapPost("/match", (MatchRequest request, CarerIndex index, IValidator<MatchRequest> validator) =>
        {
            var validation = validator.Validate(request);
            return validation.IsValid ? Results.Ok(index.Search(request, 10)) : Results.ValidationProblem(validation.ToErrorDictionary());
        });
        app.MapPost("/placements/evaluate", (PlacementFacts facts, RuleEvaluator rules, IClock clock) =>
        {
            var today = clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Rome"]).Date;
            var evaluation = rules.Evaluate(facts.Placement, facts.Plan, today);
            return evaluation.IsValid ? Results.Ok(evaluation) : Results.ValidationProblem(evaluation.ValidationFailures.ToErrorDictionary());
        });
        // README:end
        return app;
    }
}

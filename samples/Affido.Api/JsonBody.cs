using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Affido.Api;

/// <summary>
/// Reads a request body with the application's JSON options (the library's strict reading) and answers every way it
/// can fail with a problem: over 1 MB (413), malformed, a member missing or of the wrong type, an
/// unknown municipality (400, naming the JSON path).
/// </summary>
internal static class JsonBody
{
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext http)
        where T : class
    {
        var request = http.Request; // a body that is not JSON never gets here: the endpoints' Accepts metadata makes routing answer 415
        if (request.ContentLength > ApiApp.MaxBodyBytes)
        {
            return (null, Problems.BodyTooLarge(http));
        }

        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, http.RequestAborted).ConfigureAwait(false);
            return value is null
                ? (null, Problems.Invalid(http, [(string.Empty, new ProblemError(Problems.InvalidJson, "The body is null."))]))
                : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.Json(http, ex));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problems.BodyTooLarge(http));
        }
    }
}

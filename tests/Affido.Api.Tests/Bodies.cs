using System.Text;

namespace Affido.Api.Tests;

/// <summary>Request bodies as a client writes them (the JSON shapes of Affido.Serialization.SystemTextJson).</summary>
internal static class Bodies
{
    public const string Request = """
        {"id": "rozzano-9",
         "minors": [{"code": "M-2026-0101", "birthDate": "2016-09-14", "sex": "male", "languages": ["it"], "needs": {"learning": "low"}}],
         "form": "ordinary", "arrangement": "fullTime", "expectedStart": "2026-03-16", "expectedDuration": "P24M",
         "familyOfOrigin": "015189", "school": "015189"}
        """;

    public const string Siblings = """
        {"id": "siblings-4-7",
         "minors": [{"code": "M-2026-0102", "birthDate": "2021-11-03", "sex": "female", "siblingGroup": "G-1"},
                    {"code": "M-2026-0103", "birthDate": "2018-06-21", "sex": "male", "siblingGroup": "G-1"}],
         "form": "ordinary", "arrangement": "fullTime", "expectedStart": "2026-04-01", "expectedDuration": "P24M",
         "familyOfOrigin": "015077"}
        """;

    public const string Facts = """
        {"placement": {
           "minors": [{"code": "M-2026-0101", "birthDate": "2016-09-14", "sex": "male"}],
           "carer": "C0000474", "familyOfOrigin": {"municipality": "015189"},
           "legalBasis": "consensual", "relationship": "nonKinship", "arrangement": "fullTime", "form": "ordinary",
           "start": "2026-03-16", "consents": [{"party": "parents", "signedOn": "2026-03-02"}]},
         "plan": {"presumedDuration": "P24M", "goals": "Rientro nella famiglia d'origine.", "verificationCadence": "P3M",
           "signatures": [{"by": "socialService", "signedOn": "2026-03-12"}]}}
        """;

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}

// The HTTP sample: POST /match, /match/explain, /plan and /placements/evaluate over a synthetic registry
// (README.md beside this file). Everything is set up in ApiApp, which the integration tests start too.
Affido.Api.ApiApp.Create(args).Run();

/// <summary>The entry point, public so that the integration tests' WebApplicationFactory can start it.</summary>
public partial class Program;

namespace Affido.TestSupport;

/// <summary>Which seed the properties run with: fixed by default, fresh when exploring (see <see cref="PropertyAttribute"/>).</summary>
public static class PropertySeeds
{
    /// <summary>The environment variable that selects the mode: <c>explore</c> draws fresh seeds.</summary>
    public const string ModeVariable = "AFFIDO_PROPERTIES";

    /// <summary>The environment variable that replays one seed, <c>(seed,gamma)</c>, for every property.</summary>
    public const string ReplayVariable = "AFFIDO_PROPERTIES_REPLAY";

    /// <summary>The seed every property uses by default (FsCheck's <c>(seed,gamma)</c>; the gamma is odd).</summary>
    public const string Fixed = "(20261127,1442695040888963407)";

    /// <summary>Whether fresh seeds are drawn (<c>AFFIDO_PROPERTIES=explore</c>).</summary>
    public static bool Exploring =>
        string.Equals(Environment.GetEnvironmentVariable(ModeVariable), "explore", StringComparison.OrdinalIgnoreCase);

    /// <summary>The replay string the properties run with, or <see langword="null"/> when exploring.</summary>
    public static string? Current =>
        Environment.GetEnvironmentVariable(ReplayVariable) is { Length: > 0 } replay ? replay
        : Exploring ? null
        : Fixed;
}

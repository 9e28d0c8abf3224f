namespace Affido.TestSupport;

/// <summary>Which seed the properties run with: fixed by default, fresh when exploring (see <see cref="PropertyAttribute"/>).</summary>
public static class PropertySeeds
{
    /// <summary>The environment variable that selects the mode: <c>explore</c> draws fresh seeds.</summary>
    public const string ModeVariable = "AFFIDO_PROPERTIES";

    /// <summary>The environment variable that replays one seed, <c>(seed,gamma)</c>, for every property.</summary>
    public const string ReplayVariable = "AFFIDO_PROPERTIES_REPLAY";

    /// <summary>
    /// The environment variable that, when exploring, runs every property with this many fresh seeds in one test process
    /// (1 to 1,000; 1 when unset). <c>tests/soak.sh</c> sets it.
    /// </summary>
    public const string SeedsVariable = "AFFIDO_PROPERTIES_SEEDS";

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

    /// <summary>
    /// How many runs, each with its own fresh seed, every property has in this test process: <c>AFFIDO_PROPERTIES_SEEDS</c>
    /// when exploring (and replaying no seed), 1 otherwise.
    /// </summary>
    /// <exception cref="InvalidOperationException">The variable is set but is not a whole number from 1 to 1,000.</exception>
    public static int SeedsPerProperty
    {
        get => !Exploring || Current is not null ? 1 : SeedsFrom(Environment.GetEnvironmentVariable(SeedsVariable));
    }

    /// <summary>The number of seeds per property that the text of <see cref="SeedsVariable"/> asks for.</summary>
    /// <exception cref="InvalidOperationException">The text is not a whole number from 1 to 1,000.</exception>
    internal static int SeedsFrom(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 1
        : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int seeds)
            && seeds is >= 1 and <= 1000 ? seeds
        : throw new InvalidOperationException($"{SeedsVariable} must be a whole number from 1 to 1000, not '{text}'.");
}

using System.Globalization;

namespace Affido.TestSupport;

/// <summary>
/// How many cases a hostile-input property (<c>[Property(Hostile = true)]</c>) runs: <see cref="Default"/> in a plain
/// <c>dotnet test</c>, or the number in <c>AFFIDO_HOSTILE_CASES</c> (<c>tests/hostile.sh 10000</c> sets it).
/// </summary>
public static class HostileCases
{
    /// <summary>The environment variable that sets the number of cases of every hostile-input property.</summary>
    public const string Variable = "AFFIDO_HOSTILE_CASES";

    /// <summary>The number of cases without the variable: enough to meet every generator's branches, fast enough for every build.</summary>
    public const int Default = 300;

    /// <summary>The number of cases the hostile-input properties run with.</summary>
    public static int Current =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out int cases) && cases > 0
            ? cases
            : Default;
}

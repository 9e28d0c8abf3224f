using Xunit.Sdk;

namespace Affido.TestSupport;

/// <summary>
/// An FsCheck.Xunit property with the project's conventions: the <see cref="DomainArbitraries"/> are registered, the
/// seed is fixed (<see cref="PropertySeeds.Fixed"/>) so that a plain <c>dotnet test</c> gives the same result on every
/// run and every machine, and the test carries the trait <c>Kind=Property</c> (so <c>tests/soak.sh</c> can run the
/// properties alone: <c>dotnet test --filter Kind=Property</c>).
/// </summary>
/// <remarks>
/// <para>Exploring with fresh seeds is opt-in: with <c>AFFIDO_PROPERTIES=explore</c> each property draws a new seed,
/// and a failure prints FsCheck's replay string, e.g. <c>(4718712489870635536,3313123881393266481)</c>; paste it as
/// <c>[Property(Replay = "...")]</c> into a regression test. <c>AFFIDO_PROPERTIES_REPLAY="(seed,gamma)"</c> replays one
/// seed for every property. With <c>AFFIDO_PROPERTIES_SEEDS=k</c> as well, every property runs <c>k</c> times in one
/// test process, each run with its own fresh seed (<see cref="PropertyDiscoverer"/>). <c>tests/soak.sh N</c> explores N
/// seeds of every property this way.</para>
/// <para>A hostile-input property (issue 12) is <c>[Property(Hostile = true)]</c>: it also carries the trait
/// <c>Kind=Hostile</c> (<c>tests/hostile.sh</c> runs those alone) and runs <see cref="HostileCases.Current"/> cases
/// (<see cref="HostileCases.Default"/> unless <c>AFFIDO_HOSTILE_CASES</c> says otherwise); do not give it a
/// <c>MaxTest</c> of its own.</para>
/// <para>Use this attribute, never <c>FsCheck.Xunit.PropertyAttribute</c> directly (a convention test checks it).</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[TraitDiscoverer("Affido.TestSupport.PropertyTraitDiscoverer", "Affido.TestSupport")]
[XunitTestCaseDiscoverer("Affido.TestSupport.PropertyDiscoverer", "Affido.TestSupport")]
public sealed class PropertyAttribute : FsCheck.Xunit.PropertyAttribute, ITraitAttribute
{
    /// <summary>A property with the domain arbitraries and, unless exploring, the fixed seed.</summary>
    public PropertyAttribute()
    {
        Arbitrary = [typeof(DomainArbitraries)];
        if (PropertySeeds.Current is { } replay)
        {
            Replay = replay;
        }
    }

    /// <summary>
    /// Whether this is a hostile-input property: trait <c>Kind=Hostile</c>, and <see cref="HostileCases.Current"/> cases
    /// (set here, so a <c>MaxTest</c> named before <c>Hostile</c> is overridden).
    /// </summary>
    public bool Hostile
    {
        get => hostile;
        set
        {
            hostile = value;
            if (value)
            {
                MaxTest = HostileCases.Current;
            }
        }
    }

    private bool hostile;
}

using Affido.Domain;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.TestSupport.Matching;

/// <summary>FsCheck generators of carer registries over <see cref="SyntheticTerritory.Small"/>.</summary>
public static class RegistryGenerators
{
    /// <summary>Size of the pools of minors' and professionals' person codes relatives are drawn from.</summary>
    public const int PersonPool = 12;

    /// <summary>A registry of 100–400 carers with unique codes, generated from a random seed (so it is reproducible from the counterexample).</summary>
    public static Gen<FosterCarer[]> Registry { get; } =
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from size in Gen.Choose(100, 400)
        select PropertyRegistry.Generate(size, seed, SyntheticTerritory.Small, PersonPool);
}

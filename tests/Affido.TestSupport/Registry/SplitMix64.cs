namespace Affido.TestSupport;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014): a tiny, fast random source whose output is fixed by its definition, so a
/// seed gives the same registry on every runtime (unlike <see cref="Random"/>, whose seeded sequence is an
/// implementation detail). Not for cryptography.
/// </summary>
internal struct SplitMix64
{
    private ulong state;

    public SplitMix64(ulong seed) => state = seed;

    /// <summary>The SplitMix64 finaliser: a bijective mix of 64 bits, used to derive seeds.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextULong()
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>A double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [0, <paramref name="bound"/>), bound &gt; 0 (Lemire's multiply-shift, negligible bias).</summary>
    public int NextInt(int bound) => (int)(((NextULong() >> 32) * (ulong)bound) >> 32);

    /// <summary>A long in [0, <paramref name="bound"/>), bound &gt; 0.</summary>
    public long NextLong(long bound) => (long)Math.BigMul(NextULong(), (ulong)bound, out _);
}

using System.Runtime.Intrinsics;

namespace Affido.Matching.Planning;

/// <summary>Turns a stored value into the cost the shortest-path solver minimises; a struct type parameter, so the JIT specialises each loop.</summary>
internal interface ICostOf
{
    /// <summary>The cost of a pair whose stored value is <paramref name="value"/>.</summary>
    static abstract double Cost(double value);

    /// <summary>The costs of four consecutive stored values (the dense scans).</summary>
    static abstract Vector256<double> Cost(Vector256<double> values);
}

/// <summary>The values are costs already (minimisation).</summary>
internal readonly struct AsCost : ICostOf
{
    public static double Cost(double value) => value;

    public static Vector256<double> Cost(Vector256<double> values) => values;
}

/// <summary>The values are scores (maximisation): the cost is the negated score.</summary>
internal readonly struct NegatedScore : ICostOf
{
    public static double Cost(double value) => -value;

    public static Vector256<double> Cost(Vector256<double> values) => -values;
}

namespace Affido.Matching.Planning;

/// <summary>Turns a stored value into the cost the shortest-path solvers minimise; a struct type parameter, so the JIT specialises each loop.</summary>
internal interface ICostOf
{
    /// <summary>The cost of a pair whose stored value is <paramref name="value"/>.</summary>
    static abstract double Cost(double value);
}

/// <summary>The values are costs already (minimisation).</summary>
internal readonly struct AsCost : ICostOf
{
    public static double Cost(double value) => value;
}

/// <summary>The values are scores (maximisation): the cost is the negated score.</summary>
internal readonly struct NegatedScore : ICostOf
{
    public static double Cost(double value) => -value;
}

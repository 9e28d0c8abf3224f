namespace Affido.Matching;

/// <summary>How many carers a hard filter excluded in a search (each carer counted under the first filter it fails).</summary>
/// <param name="Filter">The filter.</param>
/// <param name="Count">Carers excluded first by that filter.</param>
public sealed record ExclusionCount(HardFilter Filter, int Count)
{
    /// <summary>The filter's stable reason code (<see cref="HardFilterDefinition.ReasonCode"/>).</summary>
    public string ReasonCode => HardFilters.Of(Filter).ReasonCode;
}

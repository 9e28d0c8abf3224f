namespace Affido.Matching;

/// <summary>How many carers a hard filter excluded in a search (each carer counted under the first filter it fails).</summary>
/// <param name="ReasonCode">The filter's reason code (<see cref="ReasonCodes"/>).</param>
/// <param name="Count">Carers excluded first by that filter.</param>
public sealed record ExclusionCount(string ReasonCode, int Count);

using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// The placements of one case judged together: all the minors of a family, or at least a sibling group, each
/// placement with its plan. The placement rules judge each placement; the rules that span placements judge the case
/// (<c>siblings.separated</c> is found from the minors' <see cref="Minor.SiblingGroup"/>).
/// </summary>
/// <remarks>Evaluate it with <see cref="RuleEvaluator.Evaluate(CaseFacts, LocalDate)"/>; validated by <see cref="CaseFactsValidator"/>.</remarks>
/// <param name="Placements">The placements of the case, current and past, in any order.</param>
public sealed record CaseFacts(ValueArray<PlacementFacts> Placements)
{
    /// <summary>A case of the given placements.</summary>
    /// <param name="placements">The placements with their plans.</param>
    /// <returns>The case.</returns>
    public static CaseFacts Of(params ReadOnlySpan<PlacementFacts> placements) => new(ValueArray.Create(placements));

    /// <summary>The case as it stood on <paramref name="asOf"/>: each placement's <see cref="PlacementFacts.AsOf"/>.</summary>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <returns>The case without the acts dated after <paramref name="asOf"/>.</returns>
    public CaseFacts AsOf(LocalDate asOf) => new(Placements.Where(p => p is not null).Select(p => p.AsOf(asOf)).ToValueArray());
}

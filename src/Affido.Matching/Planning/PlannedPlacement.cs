using Affido.Domain;

namespace Affido.Matching.Planning;

/// <summary>A request placed by the planner on a carer, with the pair's explanation.</summary>
/// <param name="RequestId">The request's id.</param>
/// <param name="Minors">The minors placed together (the whole sibling group).</param>
/// <param name="Carer">The carer proposed.</param>
/// <param name="Score">The pair's score in [0, 1], as <see cref="CarerIndex.Explain"/> reports it (without urgency).</param>
/// <param name="Urgency">The request's urgency multiplier.</param>
/// <param name="Breakdown">The per-criterion scores and weights behind <paramref name="Score"/>.</param>
public sealed record PlannedPlacement(
    string RequestId,
    ValueArray<MinorCode> Minors,
    CarerCode Carer,
    double Score,
    double Urgency,
    ValueArray<CriterionScore> Breakdown)
{
    /// <summary>What the pair contributes to the planner's objective: <see cref="Score"/> × <see cref="Urgency"/>.</summary>
    public double WeightedScore => Score * Urgency;
}

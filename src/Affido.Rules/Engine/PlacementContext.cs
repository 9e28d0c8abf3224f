using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>What a placement rule judges: the placement, its plan, the date of the evaluation and the district's policy.</summary>
/// <param name="Placement">The placement.</param>
/// <param name="Plan">Its individual plan (Reg. art. 8).</param>
/// <param name="AsOf">The date on which the placement is judged ("today" for the caller).</param>
/// <param name="Policy">The district's policy values.</param>
public sealed record PlacementContext(Placement Placement, PlacementPlan Plan, LocalDate AsOf, DistrictPolicy Policy);

using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>A request for the monthly contribution of a placement for one month (Reg. art. 9).</summary>
/// <param name="Placement">The placement (legal basis, relationship, direct flag, time arrangement, start and end).</param>
/// <param name="Month">The month the contribution is for.</param>
/// <param name="Hardship">The hardship approval, for placements otherwise owed nothing.</param>
public sealed record ContributionRequest(Placement Placement, YearMonth Month, HardshipApproval? Hardship = null);

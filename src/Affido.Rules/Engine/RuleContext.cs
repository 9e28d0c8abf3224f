using NodaTime;

namespace Affido.Rules;

/// <summary>What every rule is judged with besides its facts: the date of the evaluation and the district's policy.</summary>
/// <remarks>
/// Built by <see cref="RuleEvaluator"/>. An evaluation on a date (<see cref="AsOf"/>) is an evaluation at the last
/// instant of that day in Europe/Rome (<see cref="EvaluatedAt"/>); an evaluation at an instant is on that instant's
/// date in Europe/Rome. Rules on dates read <see cref="AsOf"/>, the art. 403 c.c. terms in hours read
/// <see cref="EvaluatedAt"/>.
/// </remarks>
/// <param name="AsOf">The date of the evaluation ("today" for the caller, or a past date for an audit).</param>
/// <param name="EvaluatedAt">The instant of the evaluation.</param>
/// <param name="Policy">The district's policy values.</param>
public sealed record RuleContext(LocalDate AsOf, Instant EvaluatedAt, DistrictPolicy Policy);

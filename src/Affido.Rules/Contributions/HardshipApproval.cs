using NodaTime;

namespace Affido.Rules;

/// <summary>
/// The approval of a hardship contribution for a placement that is otherwise owed none (consensual kinship or direct
/// placements): the social service's assessment and the district office's (Ufficio di Piano) approval (Reg. art. 9 a).
/// </summary>
/// <param name="AssessedOn">The date of the social service's assessment.</param>
/// <param name="ApprovedOn">The date of the district office's approval: the contribution is owed from this day.</param>
public sealed record HardshipApproval(LocalDate AssessedOn, LocalDate ApprovedOn);

using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// A placement a provision makes, or would make, as the conflict-of-interest rule needs it: the carers' code and their
/// household's relatives, the participants of the proceeding, the date of the provision and the minor.
/// </summary>
/// <remarks>
/// The relatives are every member's relatives merged, as <see cref="KinshipCalculator.RelativesOfHousehold"/> computes
/// them (the value stored in <see cref="FosterCarer.Relatives"/>). The provision may be dated after the evaluation
/// date: the rule is asked before a provision is adopted, and its date picks the law. Validated by
/// <see cref="ProposedPlacementValidator"/>; evaluate it with <see cref="RuleEvaluator.Evaluate(ProposedPlacement, LocalDate)"/>.
/// </remarks>
/// <param name="Carer">The carers' code.</param>
/// <param name="Relatives">The household's relatives and in-laws (<see cref="KinshipCalculator.RelativesOfHousehold"/>).</param>
/// <param name="Participants">The proceeding's participants.</param>
/// <param name="ProvisionDate">The date of the provision that places (or would place) the minor.</param>
/// <param name="Minor">The minor, when the caller wants it on the findings.</param>
public sealed record ProposedPlacement(
    CarerCode Carer,
    ValueArray<Relative> Relatives,
    ProceedingParticipants Participants,
    LocalDate ProvisionDate,
    MinorCode? Minor = null);

using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>A civil proceeding about a fostered minor, with the carers at the time and those convened.</summary>
/// <remarks>Validated by <see cref="CivilProceedingValidator"/>; evaluate it with <see cref="RuleEvaluator.Evaluate(CivilProceeding, LocalDate)"/>.</remarks>
/// <param name="Reference">The proceeding's reference (register number and year), as the CSI records it.</param>
/// <param name="Matter">What it is on.</param>
/// <param name="Minor">The minor concerned.</param>
/// <param name="Date">The date of the act judged (the hearing, or the decision), which also picks the rule's version; an act dated after the evaluation date has not happened yet.</param>
/// <param name="CurrentCarers">The carers (affidatari, or the family the minor is placed with) at that date; empty when the minor is not fostered.</param>
/// <param name="ConvenedCarers">The carers convened in the proceeding.</param>
public sealed record CivilProceeding(
    string Reference,
    ProceedingMatter Matter,
    MinorCode Minor,
    LocalDate Date,
    ValueArray<CarerCode> CurrentCarers = default,
    ValueArray<CarerCode> ConvenedCarers = default);

using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>What a civil proceeding about a minor is on, for the duty to convene the carers (L. 184/1983 art. 5 c. 1).</summary>
public enum ProceedingMatter
{
    /// <summary>Parental responsibility (responsabilità genitoriale, e.g. art. 330, 333 c.c.): carers must be convened.</summary>
    ParentalResponsibility = 0,

    /// <summary>Placement (affidamento): carers must be convened.</summary>
    Placement = 1,

    /// <summary>Adoptability (adottabilità, L. 184/1983 art. 8 ff.): carers must be convened.</summary>
    Adoptability = 2,

    /// <summary>Any other matter: no duty under art. 5 c. 1.</summary>
    Other = 3,
}

/// <summary>A civil proceeding about a fostered minor, with the carers at the time and those convened.</summary>
/// <param name="Reference">The proceeding's reference (register number and year), as the CSI records it.</param>
/// <param name="Matter">What it is on.</param>
/// <param name="Minor">The minor concerned.</param>
/// <param name="Date">The date of the act judged (the hearing, or the decision), which also picks the rule's version.</param>
/// <param name="CurrentCarers">The carers (affidatari, or the family the minor is placed with) at that date; empty when the minor is not fostered.</param>
/// <param name="ConvenedCarers">The carers convened in the proceeding.</param>
public sealed record CivilProceeding(
    string Reference,
    ProceedingMatter Matter,
    MinorCode Minor,
    LocalDate Date,
    ValueArray<CarerCode> CurrentCarers = default,
    ValueArray<CarerCode> ConvenedCarers = default);

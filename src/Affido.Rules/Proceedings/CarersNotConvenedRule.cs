using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// <c>proceeding.carers-not-convened</c> (Error): the carers, or the family the minor is placed with, must be convened,
/// on pain of nullity, in civil proceedings on parental responsibility, placement or adoptability of the fostered minor
/// (L. 184/1983 art. 5 c. 1, as amended by L. 173/2015).
/// </summary>
/// <remarks>
/// One finding per current carer not convened, for acts dated by the evaluation date. The duty applies to proceedings
/// whose act is dated from 13 November 2015 (<see cref="RuleValidity.SinceLaw173Of2015"/>).
/// </remarks>
internal sealed class CarersNotConvenedRule() : Rule<CivilProceeding>(RuleValidity.SinceLaw173Of2015, NotConvened)
{
    public static FindingKind NotConvened { get; } = new(RuleCodes.ProceedingCarersNotConvened, Severity.Error, LegalSources.CarersConvened);

    public override LocalDate ProvisionDate(CivilProceeding facts, RuleContext context) => facts.Date;

    public override IEnumerable<Finding> Evaluate(CivilProceeding facts, RuleContext context)
    {
        if (facts.Matter == ProceedingMatter.Other || facts.Date > context.AsOf)
        {
            return [];
        }
        var matter = MessageArgument.Words("matter", RuleMessages.Render(RuleMessages.Fragment("matter", facts.Matter switch
        {
            ProceedingMatter.ParentalResponsibility => "parental-responsibility",
            ProceedingMatter.Placement => "placement",
            _ => "adoptability",
        })));
        return facts.CurrentCarers
            .Where(carer => !facts.ConvenedCarers.Contains(carer))
            .Select(carer => NotConvened.Create(
                RuleMessages.Render(NotConvened.Code, MessageArgument.Text("proceeding", facts.Reference), matter, MessageArgument.Text("carer", carer.Value)),
                [new(FindingDateRole.Provision, facts.Date)],
                facts.Minor,
                carer))
            .ToList();
    }
}

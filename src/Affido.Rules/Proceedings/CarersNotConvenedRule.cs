using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// <c>proceeding.carers-not-convened</c> (Error): the carers, or the family the minor is placed with, must be convened,
/// on pain of nullity, in civil proceedings on parental responsibility, placement or adoptability of the fostered minor
/// (L. 184/1983 art. 5 c. 1, as amended by L. 173/2015).
/// </summary>
/// <remarks>
/// One finding per current carer not convened. The duty applies to proceedings whose act is dated from 13 November 2015,
/// when L. 173/2015 (G.U. 29 October 2015) came into force; before, no finding.
/// </remarks>
public static class CarersNotConvenedRule
{
    /// <summary>The finding code.</summary>
    public const string Code = "proceeding.carers-not-convened";

    /// <summary>The legal source.</summary>
    public const string Source = "L. 184/1983 art. 5 c. 1 (L. 173/2015)";

    /// <summary>The version's validity: from 13 November 2015 (L. 173/2015 in force).</summary>
    public static RuleValidity Validity { get; } = new(new LocalDate(2015, 11, 13), null);

    /// <summary>The findings about <paramref name="proceeding"/>.</summary>
    /// <param name="proceeding">The proceeding.</param>
    /// <exception cref="ArgumentNullException"><paramref name="proceeding"/> is <see langword="null"/>.</exception>
    public static IEnumerable<Finding> Evaluate(CivilProceeding proceeding)
    {
        ArgumentNullException.ThrowIfNull(proceeding);
        if (proceeding.Matter == ProceedingMatter.Other || !Validity.AppliesTo(proceeding.Date))
        {
            return [];
        }
        var (matterIt, matterEn) = proceeding.Matter switch
        {
            ProceedingMatter.ParentalResponsibility => ("responsabilità genitoriale", "parental responsibility"),
            ProceedingMatter.Placement => ("affidamento", "placement"),
            _ => ("adottabilità", "adoptability"),
        };
        var findings = new List<Finding>();
        foreach (var carer in proceeding.CurrentCarers)
        {
            if (proceeding.ConvenedCarers.Contains(carer))
            {
                continue;
            }
            var message = new BilingualText(
                $"Nel procedimento {proceeding.Reference} in materia di {matterIt} gli affidatari {carer} non sono stati convocati: il procedimento è nullo.",
                $"In proceeding {proceeding.Reference} on {matterEn} the carers {carer} were not convened: the proceeding is null.");
            findings.Add(new Finding(Code, Severity.Error, message, Source, [new FindingDate(FindingDateRole.Provision, proceeding.Date)], proceeding.Minor));
        }
        return findings;
    }
}

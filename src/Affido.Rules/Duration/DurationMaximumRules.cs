using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// <c>duration.exceeds-maximum</c>, the text in force since 28 February 2023 (L. 184/1983 art. 4 c. 4 as amended by
/// D.Lgs. 149/2022): a presumed duration beyond 24 months needs an extension by the tribunale per i minorenni granted
/// on the public prosecutor's request for serious harm to the minor. Error.
/// </summary>
/// <remarks>The provision date is that of the latest extension decree, or the start when there is none.</remarks>
public sealed class DurationMaximumRule : IPlacementRule
{
    /// <inheritdoc />
    public IReadOnlyList<string> Codes { get; } = [RuleCodes.DurationExceedsMaximum];

    /// <inheritdoc />
    public RuleValidity Validity => RuleValidity.SinceCartabia;

    /// <inheritdoc />
    public LocalDate ProvisionDate(PlacementContext context) => DurationMaximum.ProvisionDate(context);

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(PlacementContext context)
        => DurationMaximum.Evaluate(
            context,
            PlacementTerm.SinceCartabiaCounts,
            new(
                "nessuna proroga del tribunale per i minorenni su richiesta del pubblico ministero per grave pregiudizio",
                "no extension by the tribunale per i minorenni on the public prosecutor's request for serious harm"));
}

/// <summary>
/// <c>duration.exceeds-maximum</c>, the text in force until 27 February 2023 (L. 184/1983 art. 4 c. 4 as amended by
/// L. 149/2001): a presumed duration beyond 24 months needs an extension by the tribunale per i minorenni, granted when
/// the suspension of the placement would harm the minor ("pregiudizio"); no request of the prosecutor was required.
/// Error.
/// </summary>
/// <remarks>The provision date is that of the latest extension decree, or the start when there is none.</remarks>
public sealed class DurationMaximumBeforeCartabiaRule : IPlacementRule
{
    /// <inheritdoc />
    public IReadOnlyList<string> Codes { get; } = [RuleCodes.DurationExceedsMaximum];

    /// <inheritdoc />
    public RuleValidity Validity => RuleValidity.BeforeCartabia;

    /// <inheritdoc />
    public LocalDate ProvisionDate(PlacementContext context) => DurationMaximum.ProvisionDate(context);

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(PlacementContext context)
        => DurationMaximum.Evaluate(
            context,
            PlacementTerm.PreCartabiaCounts,
            new("nessuna proroga del tribunale per i minorenni", "no extension by the tribunale per i minorenni"));
}

/// <summary>What the two versions of the maximum-duration rule share.</summary>
internal static class DurationMaximum
{
    public static LocalDate ProvisionDate(PlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var extensions = context.Placement.Extensions;
        return extensions.IsEmpty ? context.Placement.Start : extensions.Max(e => e.DecreedOn);
    }

    public static IEnumerable<Finding> Evaluate(PlacementContext context, Func<Extension, bool> counts, BilingualText missing)
    {
        ArgumentNullException.ThrowIfNull(context);
        var term = PlacementTerm.Of(context.Placement, context.Plan);
        if (!term.ExceedsMaximum || context.Placement.Extensions.Any(counts))
        {
            return [];
        }
        return
        [
            new Finding(
                RuleCodes.DurationExceedsMaximum,
                Severity.Error,
                new(
                    $"La durata presumibile ({context.Plan.PresumedDuration}, fino al {term.PresumedEnd:dd/MM/uuuu}) supera i 24 mesi (massimo {term.Maximum:dd/MM/uuuu}): {missing.Italian}.",
                    $"The presumed duration ({context.Plan.PresumedDuration}, until {term.PresumedEnd:uuuu-MM-dd}) exceeds 24 months (maximum {term.Maximum:uuuu-MM-dd}): {missing.English}."),
                "L. 184/1983 art. 4 c. 4",
                [new(FindingDateRole.Maximum, term.Maximum), new(FindingDateRole.PlannedEnd, term.PresumedEnd!.Value), new(FindingDateRole.Provision, ProvisionDate(context))]),
        ];
    }
}

using NodaTime;

namespace Affido.Rules;

/// <summary>
/// One rule of the catalogue about a placement: it knows the codes it can produce, the dates between which its legal
/// text applies, and turns a <see cref="PlacementContext"/> into findings.
/// </summary>
/// <remarks>
/// A rule whose text changed over time has one implementation per version, each with its <see cref="Validity"/>; the
/// evaluation keeps the version whose validity contains <see cref="ProvisionDate"/>. Implementations are stateless and
/// thread-safe, and never throw for facts about the placement.
/// </remarks>
public interface IPlacementRule
{
    /// <summary>The stable codes this rule can produce.</summary>
    IReadOnlyList<string> Codes { get; }

    /// <summary>The dates between which this version of the rule applies.</summary>
    RuleValidity Validity { get; }

    /// <summary>The date of the provision that decides which version applies; by default the start of the placement.</summary>
    /// <param name="context">The placement being judged.</param>
    LocalDate ProvisionDate(PlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Placement.Start;
    }

    /// <summary>The findings of this rule about the placement (none when it is satisfied).</summary>
    /// <param name="context">The placement being judged.</param>
    IEnumerable<Finding> Evaluate(PlacementContext context);
}

using System.Linq.Expressions;

namespace Affido.Matching;

/// <summary>One row of the table of hard filters (<see cref="HardFilters.All"/>): what a <see cref="HardFilter"/> is called, and why.</summary>
public sealed class HardFilterDefinition
{
    private readonly Func<MatchRequest, Expression<Func<FosterCarer, bool>>?> predicate;

    internal HardFilterDefinition(
        HardFilter filter,
        string reasonCode,
        LegalSource source,
        Func<MatchRequest, Expression<Func<FosterCarer, bool>>?> predicate)
    {
        Filter = filter;
        ReasonCode = reasonCode;
        Source = source;
        this.predicate = predicate;
    }

    /// <summary>The filter; its value is its order, its exclusion slot and its bit in the index's failure mask.</summary>
    public HardFilter Filter { get; }

    /// <summary>
    /// The stable reason code (<c>area.subject.state</c>) that integrators store and translate, e.g.
    /// <c>carer.needs.not-accepted</c>; missing consent and conflicts of interest use the codes shared with the rules
    /// (<see cref="LegalFactCodes"/>).
    /// </summary>
    public string ReasonCode { get; }

    /// <summary>The rule or document behind the filter.</summary>
    public LegalSource Source { get; }

    /// <summary>The filter's label in Italian and English, from <see cref="MatchingMessages.Catalogue"/> (keyed by <see cref="ReasonCode"/>).</summary>
    public BilingualText Label => MatchingMessages.Catalogue.Render(ReasonCode);

    /// <summary>The bit of the filter in a failure mask: <c>1 &lt;&lt; (int)Filter</c>.</summary>
    internal int Bit => 1 << (int)Filter;

    /// <summary>The filter's condition for <paramref name="request"/>, or null when the filter keeps every carer for it.</summary>
    internal Expression<Func<FosterCarer, bool>>? PredicateFor(MatchRequest request) => predicate(request);

    /// <summary>The reason code.</summary>
    public override string ToString() => ReasonCode;
}

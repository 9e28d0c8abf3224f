namespace Affido.Matching;

/// <summary>One row of the table of soft criteria (<see cref="SoftCriteria.All"/>): what a <see cref="Criterion"/> is called, and why.</summary>
public sealed class CriterionDefinition
{
    private readonly Func<MatchRequest, bool> appliesTo;
    private readonly Func<MatchingOptions, double> weight;

    internal CriterionDefinition(Criterion criterion, string code, LegalSource? source, Func<MatchingOptions, double> weight, Func<MatchRequest, bool>? appliesTo = null)
    {
        Criterion = criterion;
        Code = code;
        Source = source;
        this.weight = weight;
        this.appliesTo = appliesTo ?? (_ => true);
    }

    /// <summary>The criterion; its value is its position in a score breakdown.</summary>
    public Criterion Criterion { get; }

    /// <summary>The stable code of the criterion (<c>criterion.name</c>), the key of its label in <see cref="MatchingMessages.Catalogue"/>.</summary>
    public string Code { get; }

    /// <summary>The rule behind the criterion, or null when it is a choice of the matching model rather than of the law.</summary>
    public LegalSource? Source { get; }

    /// <summary>The criterion's label in Italian and English, from <see cref="MatchingMessages.Catalogue"/>.</summary>
    public BilingualText Label => MatchingMessages.Catalogue.Render(Code);

    /// <summary>Whether the criterion counts in the total of <paramref name="request"/> (otherwise its weight there is 0).</summary>
    internal bool AppliesTo(MatchRequest request) => appliesTo(request);

    /// <summary>The weight <paramref name="options"/> give the criterion.</summary>
    internal double WeightIn(MatchingOptions options) => weight(options);

    /// <summary>The code.</summary>
    public override string ToString() => Code;
}

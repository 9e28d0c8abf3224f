using Affido.Domain;
using Affido.Matching;
using Affido.TestSupport.Matching;

namespace Affido.Matching.Tests.Support;

/// <summary>Runs the same search on the reference matcher and on a freshly built index.</summary>
internal static class Matchers
{
    public static ReferenceMatcher Reference => ReferenceMatcher.Default;

    public static MatchResult IndexSearch(IReadOnlyList<FosterCarer> carers, MatchRequest request, int top = 10)
        => CarerIndex.Build(carers).Search(request, top);

    public static List<string> Codes(MatchResult result) => result.Candidates.Select(c => c.Carer.Value).ToList();

    /// <summary>Codes returned by both matchers, after checking they agree.</summary>
    public static List<string> Both(IReadOnlyList<FosterCarer> carers, MatchRequest request, int top = 10)
    {
        var reference = Reference.Search(carers, request, top);
        var indexed = IndexSearch(carers, request, top);
        Assert.Equal(Codes(reference), Codes(indexed));
        Assert.Equal(reference.Exclusions, indexed.Exclusions);
        return Codes(indexed);
    }
}

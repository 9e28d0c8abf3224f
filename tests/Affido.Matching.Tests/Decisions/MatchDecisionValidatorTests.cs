using Affido.Domain;
using Affido.Matching.Tests.Support;
using static Affido.Matching.Tests.Support.Fixtures;

namespace Affido.Matching.Tests.Decisions;

public sealed class MatchDecisionValidatorTests
{
    private static readonly MatchDecisionValidator Validator = new();

    private static List<string> Codes(MatchDecision decision) => Validator.Validate(decision).Errors.Select(e => e.ErrorCode).ToList();

    [Fact]
    public void Choosing_the_first_needs_no_reason() => Assert.Empty(Codes(new MatchDecision("R-1", new CarerCode("A"), 1, Start)));

    [Fact]
    public void Choosing_the_second_needs_a_reason()
    {
        Assert.Equal(["decision.reason.missing"], Codes(new MatchDecision("R-1", new CarerCode("A"), 2, Start, " ")));
        Assert.Empty(Codes(new MatchDecision("R-1", new CarerCode("A"), 2, Start, "Continuità scolastica")));
    }

    [Fact]
    public void Choosing_a_carer_not_in_the_list_needs_a_reason()
        => Assert.Equal(["decision.reason.missing"], Codes(new MatchDecision("R-1", new CarerCode("Z"), null, Start)));

    [Fact]
    public void A_rank_below_one_is_rejected()
        => Assert.Contains("decision.rank.invalid", Codes(new MatchDecision("R-1", new CarerCode("A"), 0, Start, "x")));

    [Fact]
    public void Missing_request_or_carer_is_rejected()
        => Assert.Equal(["decision.request.missing", "decision.carer.missing"], Codes(new MatchDecision("", default, 1, Start)));

    [Fact]
    public void From_takes_the_rank_from_the_result()
    {
        var uncle = EligibleCarer("B") with { Relatives = [new Relative(new PersonCode("M1"), 3)] };
        var result = CarerIndex.Build([EligibleCarer("A"), uncle]).Search(Example(), 10);
        Assert.Equal(1, MatchDecision.From(result, new CarerCode("B"), Start).Rank);
        var second = MatchDecision.From(result, new CarerCode("A"), Start);
        Assert.Equal(2, second.Rank);
        Assert.True(second.OverridesRanking);
        Assert.Null(MatchDecision.From(result, new CarerCode("Q"), Start).Rank);
        Assert.Equal("R-1", second.RequestId);
    }
}

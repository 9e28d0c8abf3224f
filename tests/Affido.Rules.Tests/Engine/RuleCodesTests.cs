namespace Affido.Rules.Tests.Engine;

public class RuleCodesTests
{
    [Fact]
    public void Every_code_is_listed_once_and_has_the_catalogue_shape()
    {
        Assert.Equal(30, RuleCodes.All.Count);
        Assert.Equal(RuleCodes.All.Count, RuleCodes.All.Distinct(StringComparer.Ordinal).Count());
        Assert.All(RuleCodes.All, code => Assert.Matches("^[a-z0-9-]+(\\.[a-z0-9-]+)+$", code));
    }

    [Fact]
    public void Every_code_a_catalogued_placement_rule_can_produce_is_in_All()
    {
        var produced = RuleCatalogue.All.SelectMany(rule => rule.Codes).Distinct().ToList();
        Assert.NotEmpty(produced);
        Assert.All(produced, code => Assert.Contains(code, RuleCodes.All));
    }
}

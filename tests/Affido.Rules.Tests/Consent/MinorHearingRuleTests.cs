using Affido.Domain;
using NodaTime;

namespace Affido.Rules.Tests;

public class MinorHearingRuleTests
{
    private const string Source = "L. 184/1983 art. 4 c. 1";

    private static Placement WithMinor(Minor minor) => Fixture.Placement() with { Minors = [minor] };

    [Fact]
    public void On_the_eve_of_the_12th_birthday_no_hearing_is_needed()
        => Fixture.Evaluate(WithMinor(Fixture.Minor(Fixture.Start.PlusYears(-12).PlusDays(1)))).HasNo(RuleCodes.MinorHearingMissing);

    [Fact]
    public void On_the_12th_birthday_the_hearing_is_needed()
    {
        var finding = CatalogueAssert.Single(Fixture.Evaluate(WithMinor(Fixture.Minor(Fixture.Start.PlusYears(-12)))), RuleCodes.MinorHearingMissing, Severity.Error, Source);
        Assert.Equal(Fixture.Start, finding.Date(FindingDateRole.Birthday));
        Assert.Equal(Fixture.MinorA, finding.Minor);
    }

    [Fact]
    public void A_younger_minor_with_capacity_of_discernment_must_be_heard()
    {
        var minor = Fixture.Minor(Fixture.Start.PlusYears(-8), discernment: true);
        CatalogueAssert.Single(Fixture.Evaluate(WithMinor(minor)), RuleCodes.MinorHearingMissing, Severity.Error, Source);
        Fixture.Evaluate(WithMinor(minor) with { Hearings = [new Hearing(Fixture.MinorA, Fixture.Start)] }).HasNo(RuleCodes.MinorHearingMissing);
    }

    [Fact]
    public void A_minor_heard_satisfies_the_rule()
        => Fixture.Evaluate(WithMinor(Fixture.Minor(Fixture.Start.PlusYears(-13))) with { Hearings = [new Hearing(Fixture.MinorA, Fixture.Start)] })
            .HasNo(RuleCodes.MinorHearingMissing);

    // 12 is a multiple of 4: a 29 February birth has its 12th birthday on a 29 February, whatever the policy.
    [Theory]
    [InlineData(LeapDayBirthdayRule.FirstOfMarch, "2024-02-28", false)]
    [InlineData(LeapDayBirthdayRule.FirstOfMarch, "2024-02-29", true)]
    [InlineData(LeapDayBirthdayRule.TwentyEighthOfFebruary, "2024-02-28", false)]
    [InlineData(LeapDayBirthdayRule.TwentyEighthOfFebruary, "2024-02-29", true)]
    public void A_29_February_birth_reaches_12_on_29_February_under_both_policies(LeapDayBirthdayRule rule, string start, bool expected)
    {
        var startDate = NodaTime.Text.LocalDatePattern.Iso.Parse(start).Value;
        var placement = WithMinor(Fixture.Minor(new LocalDate(2012, 2, 29))) with { Start = startDate };
        var evaluation = Fixture.Evaluate(placement, Fixture.Plan(), startDate, DistrictPolicy.Default with { LeapDayBirthday = rule });
        Assert.Equal(expected, evaluation.Only(RuleCodes.MinorHearingMissing).Count == 1);
    }
}

using Affido.Domain;
using NodaTime;

namespace Affido.Rules.Tests;

public class MinorConsentRuleTests
{
    private const string Source = "Reg. art. 3; Reg. art. 4";

    private static Placement WithMinorBornOn(LocalDate birth, Placement? basis = null)
        => (basis ?? Fixture.Placement()) with { Minors = [Fixture.Minor(birth)], Hearings = [new Hearing(Fixture.MinorA, Fixture.Start)] };

    [Fact]
    public void On_the_eve_of_the_14th_birthday_no_consent_is_needed()
        => Fixture.Evaluate(WithMinorBornOn(Fixture.Start.PlusYears(-14).PlusDays(1))).HasNo(RuleCodes.MinorConsentMissing);

    [Fact]
    public void On_the_14th_birthday_the_consent_is_needed()
    {
        var birth = Fixture.Start.PlusYears(-14);
        var finding = CatalogueAssert.Single(Fixture.Evaluate(WithMinorBornOn(birth)), RuleCodes.MinorConsentMissing, Severity.Error, Source);
        Assert.Equal(Fixture.MinorA, finding.Minor);
        Assert.Equal(Fixture.Start, finding.Date(FindingDateRole.Birthday));
    }

    [Fact]
    public void The_minors_written_consent_satisfies_the_rule()
    {
        var placement = WithMinorBornOn(Fixture.Start.PlusYears(-15));
        var consented = placement with { Consents = placement.Consents.Add(new WrittenConsent(ConsentParty.Minor, Fixture.Start, Fixture.MinorA)) };
        Fixture.Evaluate(consented).HasNo(RuleCodes.MinorConsentMissing);
    }

    [Fact]
    public void Another_minors_consent_does_not_count()
    {
        var placement = Fixture.Placement() with
        {
            Minors = [Fixture.Minor(Fixture.Start.PlusYears(-15)), Fixture.Minor(Fixture.Start.PlusYears(-16), Fixture.MinorB)],
            Hearings = [new Hearing(Fixture.MinorA, Fixture.Start), new Hearing(Fixture.MinorB, Fixture.Start)],
            Consents = [new WrittenConsent(ConsentParty.Parents, Fixture.Start), new WrittenConsent(ConsentParty.Minor, Fixture.Start, Fixture.MinorB)],
        };
        var finding = Assert.Single(Fixture.Evaluate(placement).Only(RuleCodes.MinorConsentMissing));
        Assert.Equal(Fixture.MinorA, finding.Minor);
    }

    [Fact]
    public void In_a_judicial_placement_the_severity_is_the_policys()
    {
        var placement = WithMinorBornOn(Fixture.Start.PlusYears(-14), Fixture.Judicial());
        CatalogueAssert.Single(Fixture.Evaluate(placement), RuleCodes.MinorConsentMissing, Severity.Warning, Source);
        var strict = DistrictPolicy.Default with { MinorConsentMissingInJudicialPlacement = Severity.Error };
        CatalogueAssert.Single(Fixture.Evaluate(placement, policy: strict), RuleCodes.MinorConsentMissing, Severity.Error, Source);
    }

    [Theory]
    [InlineData(LeapDayBirthdayRule.FirstOfMarch, "2022-02-28", false)]
    [InlineData(LeapDayBirthdayRule.FirstOfMarch, "2022-03-01", true)]
    [InlineData(LeapDayBirthdayRule.TwentyEighthOfFebruary, "2022-02-27", false)]
    [InlineData(LeapDayBirthdayRule.TwentyEighthOfFebruary, "2022-02-28", true)]
    public void A_29_February_birth_reaches_14_on_the_day_the_policy_says(LeapDayBirthdayRule rule, string start, bool expected)
    {
        var startDate = NodaTime.Text.LocalDatePattern.Iso.Parse(start).Value;
        var placement = Fixture.Placement() with
        {
            Start = startDate,
            Minors = [Fixture.Minor(new LocalDate(2008, 2, 29))],
            Hearings = [new Hearing(Fixture.MinorA, startDate)],
        };
        var evaluation = Fixture.Evaluate(placement, Fixture.Plan(), startDate, DistrictPolicy.Default with { LeapDayBirthday = rule });
        Assert.Equal(expected, evaluation.Only(RuleCodes.MinorConsentMissing).Count == 1);
    }
}

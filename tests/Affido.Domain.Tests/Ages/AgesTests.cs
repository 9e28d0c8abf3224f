using Affido.Domain;
using Affido.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Affido.Domain.Tests.Ages;

public sealed class AgesTests
{
    private static readonly LocalDate Birth = new(2010, 5, 10);
    private static readonly LocalDate LeapBirth = new(2008, 2, 29);

    [Fact]
    public void Age_on_the_eve_of_a_birthday_is_the_previous_one()
        => Assert.Equal(10, Domain.Ages.YearsOn(Birth, new LocalDate(2021, 5, 9)));

    [Fact]
    public void Age_is_reached_on_the_birthday_itself()
        => Assert.Equal(11, Domain.Ages.YearsOn(Birth, new LocalDate(2021, 5, 10)));

    [Fact]
    public void Age_is_zero_on_the_day_of_birth_and_minus_one_before()
    {
        Assert.Equal(0, Domain.Ages.YearsOn(Birth, Birth));
        Assert.Equal(-1, Domain.Ages.YearsOn(Birth, Birth.PlusDays(-1)));
    }

    [Fact]
    public void Hearing_age_12_is_reached_on_the_12th_birthday_not_the_eve()
    {
        Assert.False(Domain.Ages.HasReached(Birth, Domain.Ages.Hearing, new LocalDate(2022, 5, 9)));
        Assert.True(Domain.Ages.HasReached(Birth, Domain.Ages.Hearing, new LocalDate(2022, 5, 10)));
    }

    [Fact]
    public void Consent_age_14_is_reached_on_the_14th_birthday_not_the_eve()
    {
        Assert.False(Domain.Ages.HasReached(Birth, Domain.Ages.WrittenConsent, new LocalDate(2024, 5, 9)));
        Assert.True(Domain.Ages.HasReached(Birth, Domain.Ages.WrittenConsent, new LocalDate(2024, 5, 10)));
        Assert.Equal(new LocalDate(2024, 5, 10), Domain.Ages.AnniversaryOf(Birth, 14));
    }

    [Theory]
    [InlineData(LeapDayBirthdayRule.FirstOfMarch)]
    [InlineData(LeapDayBirthdayRule.TwentyEighthOfFebruary)]
    public void A_29_February_birth_has_its_birthday_on_29_February_in_leap_years_under_both_rules(LeapDayBirthdayRule rule)
    {
        Assert.Equal(new LocalDate(2020, 2, 29), Domain.Ages.AnniversaryOf(LeapBirth, 12, rule));
        Assert.Equal(11, Domain.Ages.YearsOn(LeapBirth, new LocalDate(2020, 2, 28), rule));
        Assert.Equal(12, Domain.Ages.YearsOn(LeapBirth, new LocalDate(2020, 2, 29), rule));
    }

    [Fact]
    public void A_29_February_birth_reaches_an_age_on_1_March_in_common_years_by_default()
    {
        Assert.Equal(new LocalDate(2022, 3, 1), Domain.Ages.AnniversaryOf(LeapBirth, 14));
        Assert.Equal(13, Domain.Ages.YearsOn(LeapBirth, new LocalDate(2022, 2, 28)));
        Assert.Equal(14, Domain.Ages.YearsOn(LeapBirth, new LocalDate(2022, 3, 1)));
        Assert.False(Domain.Ages.HasReached(LeapBirth, 14, new LocalDate(2022, 2, 28)));
    }

    [Fact]
    public void A_29_February_birth_reaches_an_age_on_28_February_in_common_years_under_that_rule()
    {
        const LeapDayBirthdayRule rule = LeapDayBirthdayRule.TwentyEighthOfFebruary;
        Assert.Equal(new LocalDate(2022, 2, 28), Domain.Ages.AnniversaryOf(LeapBirth, 14, rule));
        Assert.Equal(13, Domain.Ages.YearsOn(LeapBirth, new LocalDate(2022, 2, 27), rule));
        Assert.Equal(14, Domain.Ages.YearsOn(LeapBirth, new LocalDate(2022, 2, 28), rule));
        Assert.True(Domain.Ages.HasReached(LeapBirth, 14, new LocalDate(2022, 2, 28), rule));
    }

    [Fact]
    public void Born_on_31_December_the_age_changes_on_31_December_not_1_January()
    {
        var birth = new LocalDate(2007, 12, 31);
        Assert.Equal(17, Domain.Ages.YearsOn(birth, new LocalDate(2025, 12, 30)));
        Assert.Equal(18, Domain.Ages.YearsOn(birth, new LocalDate(2025, 12, 31)));
        Assert.Equal(18, Domain.Ages.YearsOn(birth, new LocalDate(2026, 1, 1)));
    }

    [Fact]
    public void Born_on_1_January_the_age_changes_on_1_January_not_31_December()
    {
        var birth = new LocalDate(2008, 1, 1);
        Assert.Equal(17, Domain.Ages.YearsOn(birth, new LocalDate(2025, 12, 31)));
        Assert.Equal(18, Domain.Ages.YearsOn(birth, new LocalDate(2026, 1, 1)));
    }

    [Fact]
    public void Adult_from_the_day_after_the_18th_birthday()
        => Assert.Equal(new LocalDate(2028, 5, 11), Domain.Ages.AdultFrom(Birth));

    [Fact]
    public void Still_a_minor_on_the_18th_birthday_and_adult_the_day_after()
    {
        Assert.True(Domain.Ages.IsMinorOn(Birth, new LocalDate(2028, 5, 9)));
        Assert.True(Domain.Ages.IsMinorOn(Birth, new LocalDate(2028, 5, 10)));
        Assert.False(Domain.Ages.IsMinorOn(Birth, new LocalDate(2028, 5, 11)));
    }

    [Fact]
    public void Adult_from_for_a_29_February_birth_follows_the_rule_in_a_common_year()
    {
        // 2026 is a common year: the 18th birthday is 1 March (default) or 28 February.
        Assert.Equal(new LocalDate(2026, 3, 2), Domain.Ages.AdultFrom(LeapBirth));
        Assert.Equal(new LocalDate(2026, 3, 1), Domain.Ages.AdultFrom(LeapBirth, LeapDayBirthdayRule.TwentyEighthOfFebruary));
        Assert.True(Domain.Ages.IsMinorOn(LeapBirth, new LocalDate(2026, 3, 1)));
        Assert.False(Domain.Ages.IsMinorOn(LeapBirth, new LocalDate(2026, 3, 1), LeapDayBirthdayRule.TwentyEighthOfFebruary));
    }

    [Fact]
    public void Minor_AgeOn_delegates_to_Ages()
        => Assert.Equal(14, Samples.Minor.AgeOn(new LocalDate(2025, 3, 15)));

    [Fact]
    public void AnniversaryOf_a_negative_age_is_a_programming_error()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Domain.Ages.AnniversaryOf(Birth, -1));

    private static readonly Gen<LocalDate> BirthDates = Gen.Frequency(
        (3, DomainGenerators.DatesBetween(new LocalDate(1990, 1, 1), new LocalDate(2030, 12, 31))),
        (1, Gen.Elements(1992, 1996, 2000, 2004, 2008, 2012, 2016, 2020, 2024).Select(y => new LocalDate(y, 2, 29))),
        (1, Gen.Elements(new LocalDate(2003, 12, 31), new LocalDate(2004, 1, 1), new LocalDate(2011, 2, 28), new LocalDate(2012, 3, 1))));

    private static readonly Gen<LeapDayBirthdayRule> Rules = DomainGenerators.EnumValues<LeapDayBirthdayRule>();

    [Property(MaxTest = 500)]
    public Property Age_never_decreases_as_the_date_advances()
    {
        var cases =
            from birth in BirthDates
            from offset in Gen.Choose(0, 40 * 366)
            from step in Gen.Choose(0, 800)
            from rule in Rules
            select (birth, date: birth.PlusDays(offset), later: birth.PlusDays(offset + step), rule);
        return Prop.ForAll(cases.ToArbitrary(), c =>
                Domain.Ages.YearsOn(c.birth, c.date, c.rule) <= Domain.Ages.YearsOn(c.birth, c.later, c.rule));
    }

    [Property(MaxTest = 500)]
    public Property Age_increases_by_exactly_one_at_each_anniversary()
    {
        var cases =
            from birth in BirthDates
            from years in Gen.Choose(1, 100)
            from rule in Rules
            select (birth, years, rule);
        return Prop.ForAll(cases.ToArbitrary(), c =>
            {
                var anniversary = Domain.Ages.AnniversaryOf(c.birth, c.years, c.rule);
                return Domain.Ages.YearsOn(c.birth, anniversary, c.rule) == c.years
                       && Domain.Ages.YearsOn(c.birth, anniversary.PlusDays(-1), c.rule) == c.years - 1
                       && Domain.Ages.HasReached(c.birth, c.years, anniversary, c.rule)
                       && !Domain.Ages.HasReached(c.birth, c.years, anniversary.PlusDays(-1), c.rule);
            });
    }

    [Property(MaxTest = 300)]
    public Property A_minor_until_the_18th_birthday_included()
    {
        var cases = from birth in BirthDates from rule in Rules select (birth, rule);
        return Prop.ForAll(cases.ToArbitrary(), c =>
            {
                var eighteenth = Domain.Ages.AnniversaryOf(c.birth, 18, c.rule);
                return Domain.Ages.IsMinorOn(c.birth, eighteenth, c.rule)
                       && !Domain.Ages.IsMinorOn(c.birth, eighteenth.PlusDays(1), c.rule)
                       && Domain.Ages.AdultFrom(c.birth, c.rule) == eighteenth.PlusDays(1);
            });
    }

    [Property(MaxTest = 1_000)]
    public Property Ages_never_throw_for_any_two_iso_dates_however_far_apart()
    {
        var anyDate = DomainGenerators.DatesBetween(LocalDate.MinIsoValue, LocalDate.MaxIsoValue);
        var extremes = Gen.Elements(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new LocalDate(9999, 1, 1), new LocalDate(9982, 6, 1), new LocalDate(-9998, 1, 1));
        var dates = Gen.OneOf(anyDate, extremes);
        var cases = from birth in dates from date in dates from years in Gen.Choose(0, 120) from rule in Rules select (birth, date, years, rule);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            int age = Domain.Ages.YearsOn(c.birth, c.date, c.rule);
            bool minor = Domain.Ages.IsMinorOn(c.birth, c.date, c.rule);
            bool reached = Domain.Ages.HasReached(c.birth, c.years, c.date, c.rule);
            return (minor == (age < Domain.Ages.Majority || (age == Domain.Ages.Majority && c.date == Domain.Ages.AnniversaryOf(c.birth, 18, c.rule))))
                   && reached == (age >= c.years);
        });
    }

    [Fact]
    public void A_birth_year_near_9999_is_a_minor_not_an_exception_issue_12_item_5()
    {
        Assert.True(Domain.Ages.IsMinorOn(new LocalDate(9990, 1, 1), new LocalDate(2026, 3, 16)));
        Assert.True(Domain.Ages.IsMinorOn(new LocalDate(9990, 1, 1), new LocalDate(9999, 12, 31)));
        Assert.False(Domain.Ages.HasReached(new LocalDate(9990, 1, 1), 18, new LocalDate(9999, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Domain.Ages.AdultFrom(new LocalDate(9990, 1, 1)));
    }
}

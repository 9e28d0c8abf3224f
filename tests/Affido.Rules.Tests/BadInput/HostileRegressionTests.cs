using Affido.Domain;
using FluentValidation;
using NodaTime;

namespace Affido.Rules.Tests;

/// <summary>The defects the hostile-input suite found in Affido.Rules (seed <c>PropertySeeds.Fixed</c>), each as it failed.</summary>
public sealed class HostileRegressionTests
{
    private static readonly LocalDate Julian = new(2025, 1, 10, CalendarSystem.Julian);

    public static TheoryData<IValidator> Validators => new()
    {
        new CaseFactsValidator(), new CivilProceedingValidator(), new DistrictPolicyValidator(), new InformalHostingValidator(),
        new PlacementFactsValidator(), new ProposedPlacementValidator(), new RegistryEntryValidator(), new ServicePlacementOrderValidator(),
        new UrgentRemovalFactsValidator(),
    };

    // Threw FluentValidation's ArgumentNullException ("Cannot pass null model to Validate").
    [Theory]
    [MemberData(nameof(Validators))]
    public void A_rules_validator_answers_a_null_instance_with_a_required_failure(IValidator validator)
    {
        var context = (IValidationContext)Activator.CreateInstance(typeof(ValidationContext<>).MakeGenericType(validator.GetType().BaseType!.GetGenericArguments()[0]), [null])!;
        var failure = Assert.Single(validator.Validate(context).Errors);
        Assert.Equal(ValidationCodes.Required, failure.ErrorCode);
    }

    // Each threw NodaTime's ArgumentException "Only values in the same calendar can be compared (Parameter 'rhs')".
    [Fact]
    public void A_date_of_another_calendar_is_reported_by_the_validators()
    {
        var hosting = new InformalHosting(new MinorCode("M1"), new PersonCode("P1"), new LocalDate(2025, 1, 1), ReportedOn: Julian);
        Assert.Contains(new InformalHostingValidator().Validate(hosting).Errors, f => f.PropertyName == "ReportedOn" && f.ErrorCode == ValidationCodes.DateOutOfRange);
        var order = new ServicePlacementOrder { IssuedOn = new LocalDate(2025, 1, 1), NotifiedOn = Julian };
        Assert.Contains(new ServicePlacementOrderValidator().Validate(order).Errors, f => f.PropertyName == "NotifiedOn" && f.ErrorCode == ValidationCodes.DateOutOfRange);
    }

    [Fact]
    public void A_date_of_another_calendar_is_refused_by_name_where_nothing_validates()
    {
        var placement = Fixture.Placement();
        var withJulianExtension = placement with { Extensions = [new Extension(new LocalDate(2024, 1, 1), Julian, false, default)] };
        Assert.Equal("placement", Assert.ThrowsAny<ArgumentException>(() => PlacementTerm.Of(withJulianExtension, Fixture.Plan())).ParamName);
        Assert.Equal("until", Assert.ThrowsAny<ArgumentException>(() => VerificationSchedule.For(placement, Fixture.Plan(), Fixture.AsOf).Calendar(Julian)).ParamName);
        var withJulianVerification = placement with { Verifications = [new Verification(Julian)] };
        Assert.Equal("placement", Assert.ThrowsAny<ArgumentException>(() => VerificationSchedule.For(withJulianVerification, Fixture.Plan(), Fixture.AsOf)).ParamName);
        Assert.True(RuleValidity.BeforeCartabia.AppliesTo(Julian) == RuleValidity.BeforeCartabia.AppliesTo(Julian.WithCalendar(CalendarSystem.Iso)));
    }

    // Threw NodaTime's ArgumentOutOfRangeException ('daysSinceEpoch') and OverflowException.
    [Fact]
    public void The_rome_helpers_refuse_the_extreme_instants_by_name()
    {
        Assert.Equal("instant", Assert.Throws<ArgumentOutOfRangeException>(() => UrgentRemovalTerms.LocalDateInRome(Instant.MaxValue)).ParamName);
        Assert.Equal("instant", Assert.Throws<ArgumentOutOfRangeException>(() => UrgentRemovalTerms.OffsetInRome(Instant.MinValue)).ParamName);
        Assert.Equal("from", Assert.Throws<ArgumentOutOfRangeException>(() => UrgentRemovalTerms.Deadline(UrgentRemovalStep.ValidationRequest, Instant.MaxValue)).ParamName);
        Assert.Equal("date", Assert.Throws<ArgumentOutOfRangeException>(() => UrgentRemovalTerms.EndOfDay(LocalDate.MaxIsoValue)).ParamName);
    }
}

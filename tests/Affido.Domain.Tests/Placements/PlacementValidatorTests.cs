using Affido.Domain;
using NodaTime;

namespace Affido.Domain.Tests.Placements;

public sealed class PlacementValidatorTests
{
    private static readonly PlacementValidator Validator = new();
    private static Placement Placement => Samples.Placement;
    private static readonly MinorCode Stranger = new("M999999");

    [Fact]
    public void The_sample_placements_pass()
    {
        ValidationAssert.Valid(Validator, Placement);
        ValidationAssert.Valid(Validator, Samples.PartTimePlacement);
    }

    [Fact]
    public void A_placement_with_no_minor_fails() => ValidationAssert.Fails(Validator, Placement with { Minors = [] }, "Minors", ValidationCodes.PlacementMinorsEmpty);

    [Fact]
    public void Two_minors_with_the_same_code_fail()
        => ValidationAssert.Fails(Validator, Placement with { Minors = [Samples.Minor, Samples.Minor with { BirthDate = new LocalDate(2013, 1, 1) }] }, "Minors", ValidationCodes.PlacementMinorsDuplicateCode);

    [Fact]
    public void A_null_minor_fails_without_exception() => ValidationAssert.Fails(Validator, Placement with { Minors = [Samples.Minor, null!] }, "Minors[1]", ValidationCodes.Required);

    [Fact]
    public void The_minors_are_validated() => ValidationAssert.Fails(Validator, Placement with { Minors = [Samples.Minor with { Code = new MinorCode("") }] }, "Minors[0].Code", ValidationCodes.CodeEmpty);

    [Fact]
    public void A_minor_born_on_the_start_passes_and_one_born_the_day_after_fails()
    {
        ValidationAssert.Valid(Validator, Placement with { Minors = [Samples.Minor with { BirthDate = Samples.Start }] });
        var failure = ValidationAssert.Fails(Validator, Placement with { Minors = [Samples.Minor with { BirthDate = Samples.Start.PlusDays(1) }] },
            "Minors[0].BirthDate", ValidationCodes.PlacementMinorBornAfterStart);
        Assert.Equal("Must not be after the start of the placement.", failure.ErrorMessage);
        Assert.Null(failure.AttemptedValue); // a birth date is personal data
    }

    [Fact]
    public void An_empty_carer_code_fails() => ValidationAssert.Fails(Validator, Placement with { Carer = default }, "Carer", ValidationCodes.CodeEmpty);

    [Fact]
    public void A_missing_family_of_origin_fails() => ValidationAssert.Fails(Validator, Placement with { FamilyOfOrigin = null! }, "FamilyOfOrigin", ValidationCodes.Required);

    [Fact]
    public void The_family_of_origin_is_validated()
        => ValidationAssert.Fails(Validator, Placement with { FamilyOfOrigin = new FamilyOfOrigin(Samples.Milano with { Code = new IstatCode("014146") }) },
            "FamilyOfOrigin.Municipality.Code", ValidationCodes.IstatCodeProvinceMismatch);

    [Fact]
    public void Undefined_enums_fail()
    {
        ValidationAssert.Fails(Validator, Placement with { LegalBasis = (LegalBasis)2 }, "LegalBasis", ValidationCodes.EnumUndefined);
        ValidationAssert.Fails(Validator, Placement with { Relationship = (Relationship)2 }, "Relationship", ValidationCodes.EnumUndefined);
        ValidationAssert.Fails(Validator, Placement with { Form = (PlacementForm)5 }, "Form", ValidationCodes.EnumUndefined);
        ValidationAssert.Fails(Validator, Placement with { Arrangement = (TimeArrangement)2 }, "Arrangement", ValidationCodes.EnumUndefined);
    }

    [Fact]
    public void A_part_time_placement_without_a_schedule_fails()
        => ValidationAssert.Fails(Validator, Placement with { Arrangement = TimeArrangement.PartTime, Schedule = null }, "Schedule", ValidationCodes.PlacementScheduleMissing);

    [Fact]
    public void A_full_time_placement_with_a_schedule_fails()
        => ValidationAssert.Fails(Validator, Placement with { Schedule = Samples.Schedule }, "Schedule", ValidationCodes.PlacementScheduleUnexpected);

    [Fact]
    public void The_schedule_is_validated()
        => ValidationAssert.Fails(Validator, Samples.PartTimePlacement with { Schedule = Samples.Schedule with { Days = [] } }, "Schedule.Days", ValidationCodes.PartTimeScheduleDaysEmpty);

    [Fact]
    public void A_consent_of_party_Minor_naming_no_minor_fails()
        => ValidationAssert.Fails(Validator, Placement with { Consents = [new WrittenConsent(ConsentParty.Minor, Samples.Start)] }, "Consents[0].Minor", ValidationCodes.PlacementConsentMinorMissing);

    [Fact]
    public void A_consent_naming_a_minor_not_in_the_placement_fails()
        => ValidationAssert.Fails(Validator, Placement with { Consents = [new WrittenConsent(ConsentParty.Minor, Samples.Start, Stranger)] }, "Consents[0].Minor", ValidationCodes.PlacementConsentMinorUnknown);

    [Fact]
    public void A_consent_of_the_parents_naming_a_minor_fails()
        => ValidationAssert.Fails(Validator, Placement with { Consents = [new WrittenConsent(ConsentParty.Parents, Samples.Start, Samples.MinorCode)] }, "Consents[0].Minor", ValidationCodes.PlacementConsentMinorUnexpected);

    [Fact]
    public void Consents_are_validated_one_by_one()
    {
        ValidationAssert.Fails(Validator, Placement with { Consents = [new WrittenConsent((ConsentParty)3, Samples.Start)] }, "Consents[0].Party", ValidationCodes.EnumUndefined);
        ValidationAssert.Fails(Validator, Placement with { Consents = [new WrittenConsent(ConsentParty.Minor, Samples.Start, new MinorCode(" "))] }, "Consents[0].Minor", ValidationCodes.CodeEmpty);
        ValidationAssert.Fails(Validator, Placement with { Consents = [null!] }, "Consents[0]", ValidationCodes.Required);
    }

    [Fact]
    public void A_hearing_of_a_minor_not_in_the_placement_fails()
        => ValidationAssert.Fails(Validator, Placement with { Hearings = [new Hearing(Samples.MinorCode, Samples.Start), new Hearing(Stranger, Samples.Start)] }, "Hearings[1].Minor", ValidationCodes.PlacementHearingMinorUnknown);

    [Fact]
    public void A_hearing_with_an_empty_code_fails()
        => ValidationAssert.Fails(Validator, Placement with { Hearings = [new Hearing(default, Samples.Start)] }, "Hearings[0].Minor", ValidationCodes.CodeEmpty);

    [Fact]
    public void Decrees_need_a_defined_authority_and_a_reference()
    {
        ValidationAssert.Fails(Validator, Placement with { Decrees = [new Decree(Authority.JuvenileCourt, Samples.Start, " ")] }, "Decrees[0].Reference", ValidationCodes.TextEmpty);
        ValidationAssert.Fails(Validator, Placement with { Decrees = [new Decree((Authority)4, Samples.Start, "n. 1/2025")] }, "Decrees[0].Authority", ValidationCodes.EnumUndefined);
    }

    [Fact]
    public void An_extension_ending_on_its_decree_passes_and_one_ending_before_fails()
    {
        var decreed = new LocalDate(2027, 8, 1);
        ValidationAssert.Valid(Validator, Placement with { Extensions = [new Extension(decreed, decreed, true, HarmGround.SeriousHarm)] });
        ValidationAssert.Fails(Validator, Placement with { Extensions = [new Extension(decreed, decreed.PlusDays(-1), true, HarmGround.SeriousHarm)] },
            "Extensions[0].Until", ValidationCodes.PlacementExtensionUntilBeforeDecree);
        ValidationAssert.Fails(Validator, Placement with { Extensions = [new Extension(decreed, decreed, true, (HarmGround)2)] }, "Extensions[0].Ground", ValidationCodes.EnumUndefined);
    }

    [Fact]
    public void Null_entries_in_the_history_fail_without_exception()
    {
        ValidationAssert.Fails(Validator, Placement with { ExtensionSignals = [null!] }, "ExtensionSignals[0]", ValidationCodes.Required);
        ValidationAssert.Fails(Validator, Placement with { Verifications = [null!] }, "Verifications[0]", ValidationCodes.Required);
        ValidationAssert.Fails(Validator, Placement with { CourtReports = [null!] }, "CourtReports[0]", ValidationCodes.Required);
        ValidationAssert.Fails(Validator, Placement with { Decrees = [null!] }, "Decrees[0]", ValidationCodes.Required);
        ValidationAssert.Fails(Validator, Placement with { Extensions = [null!] }, "Extensions[0]", ValidationCodes.Required);
        ValidationAssert.Fails(Validator, Placement with { Hearings = [null!] }, "Hearings[0]", ValidationCodes.Required);
    }

    [Fact]
    public void A_court_report_to_an_undefined_authority_fails()
        => ValidationAssert.Fails(Validator, Placement with { CourtReports = [new CourtReport(Samples.Start, (Authority)2)] }, "CourtReports[0].To", ValidationCodes.EnumUndefined);

    [Fact]
    public void A_sibling_placed_apart_must_have_a_code_and_not_be_placed_here()
    {
        ValidationAssert.Fails(Validator, Placement with { SiblingsPlacedApart = [Samples.MinorCode] }, "SiblingsPlacedApart[0]", ValidationCodes.PlacementSiblingApartPlacedHere);
        ValidationAssert.Fails(Validator, Placement with { SiblingsPlacedApart = [new MinorCode("")] }, "SiblingsPlacedApart[0]", ValidationCodes.CodeEmpty);
    }

    [Fact]
    public void A_contraindication_needs_a_defined_source_and_a_reason()
    {
        ValidationAssert.Fails(Validator, Placement with { SiblingContraindication = new SiblingContraindication(ContraindicationSource.Decree, "") }, "SiblingContraindication.Reason", ValidationCodes.TextEmpty);
        ValidationAssert.Fails(Validator, Placement with { SiblingContraindication = new SiblingContraindication((ContraindicationSource)2, "x") }, "SiblingContraindication.Source", ValidationCodes.EnumUndefined);
    }

    [Fact]
    public void An_end_on_the_start_passes_and_one_the_day_before_fails()
    {
        ValidationAssert.Valid(Validator, Placement with { End = new PlacementEnd(Samples.Start, EndReason.Other) });
        var failure = ValidationAssert.Fails(Validator, Placement with { End = new PlacementEnd(Samples.Start.PlusDays(-1), EndReason.Other) }, "End.On", ValidationCodes.PlacementEndBeforeStart);
        Assert.Equal("Must not be before the start of the placement.", failure.ErrorMessage);
        Assert.Equal("Non deve precedere l'inizio dell'affidamento.", failure.MessageIn(MessageLanguage.Italian));
        ValidationAssert.Fails(Validator, Placement with { End = new PlacementEnd(Samples.Start, (EndReason)9) }, "End.Reason", ValidationCodes.EnumUndefined);
    }

    [Fact]
    public void A_placement_of_default_values_fails_with_results_not_exceptions()
    {
        var empty = new Placement
        {
            Minors = default,
            Carer = default,
            FamilyOfOrigin = null!,
            LegalBasis = default,
            Relationship = default,
            Arrangement = default,
            Form = default,
            Start = default,
        };
        var result = Validator.Validate(empty);
        Assert.True(ValidationAssert.Has(result, "Minors", ValidationCodes.PlacementMinorsEmpty));
        Assert.True(ValidationAssert.Has(result, "Carer", ValidationCodes.CodeEmpty));
        Assert.True(ValidationAssert.Has(result, "FamilyOfOrigin", ValidationCodes.Required));
    }
}

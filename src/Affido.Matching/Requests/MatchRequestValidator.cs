using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace Affido.Matching;

/// <summary>Checks a <see cref="MatchRequest"/> before a search; each rule has a stable error code.</summary>
/// <remarks>
/// <para>It never throws, whatever the request holds (null members, null minors, periods with hours, dates at the ends
/// of NodaTime's range): every problem is a <see cref="ValidationFailure"/> naming the member, with a code and an
/// English message; <see cref="MatchingMessages.Catalogue"/> has the Italian one for the same code.</para>
/// <para>Dates must lie in <see cref="SupportedDates"/> (1900-01-01 to 2199-12-31, ISO calendar): the expected start and
/// every birth date (<see cref="ValidationCodes.DateOutOfRange"/>), and the expected end, start plus duration
/// (<see cref="ValidationCodes.PeriodOutOfRange"/>). The duration is required (<see cref="ValidationCodes.Required"/>),
/// in date units only (<see cref="ValidationCodes.PeriodTimeUnits"/>) and positive from the start. The family of
/// origin and the school are checked by the domain's <see cref="MunicipalityValidator"/> (codes, a province and region,
/// finite coordinates in range); each minor by <see cref="MinorValidator"/>, a missing minor with
/// <see cref="ValidationCodes.Required"/>.</para>
/// <para>The request's own codes are those of <see cref="MatchValidationCodes"/>: the minors together (one sibling
/// group, no repetition, no stated contraindication) and against the expected start (born, still a minor), the
/// protection constraint, the enums and the codes of the overrides and of the conflicting persons.</para>
/// </remarks>
public sealed class MatchRequestValidator : AbstractValidator<MatchRequest>
{
    /// <summary>Declares the rules.</summary>
    public MatchRequestValidator()
    {
        RuleFor(r => r.Id).Must(id => !string.IsNullOrWhiteSpace(id)).With(MatchValidationCodes.RequestIdMissing);

        RuleForEach(r => r.Minors).NotNull().With(ValidationCodes.Required).SetValidator(new MinorValidator());
        RuleForEach(r => r.Minors).ChildRules(minor => minor.RuleFor(m => m.BirthDate).Must(IsSupported).With(ValidationCodes.DateOutOfRange));
        RuleFor(r => r.Minors).Must(m => m.Count > 0).With(MatchValidationCodes.RequestMinorsMissing);
        RuleFor(r => r.Minors)
            .Must(m => m.Where(x => x is not null).Select(x => x.Code).Distinct().Count() == m.Count(x => x is not null))
            .With(MatchValidationCodes.RequestMinorsDuplicate);
        RuleFor(r => r.Minors)
            .Must(m => m.Count < 2 || (m[0]?.SiblingGroup is { IsEmpty: false } group && m.All(x => x is null || x.SiblingGroup == group)))
            .With(MatchValidationCodes.RequestMinorsNotSiblings);
        RuleFor(r => r.SiblingContraindication)
            .Must((r, contraindication) => r.Minors.Count < 2 || contraindication is null)
            .With(MatchValidationCodes.SiblingsContraindicatedTogether);
        RuleForEach(r => r.Minors)
            .Must((r, m) => m is null || !DatesComparable(m.BirthDate, r.ExpectedStart) || m.BirthDate <= r.ExpectedStart)
            .With(MatchValidationCodes.RequestMinorNotBorn);
        RuleForEach(r => r.Minors)
            .Must((r, m) => m is null || !DatesComparable(m.BirthDate, r.ExpectedStart) || m.BirthDate > r.ExpectedStart
                || Ages.IsMinorOn(m.BirthDate, r.ExpectedStart))
            .With(MatchValidationCodes.RequestMinorNotAMinor);

        RuleFor(r => r.ExpectedStart).Must(IsSupported).With(ValidationCodes.DateOutOfRange);
        RuleFor(r => r.ExpectedDuration).NotNull().With(ValidationCodes.Required);
        RuleFor(r => r.ExpectedDuration).Must(d => d is null || !d.HasTimeComponent).With(ValidationCodes.PeriodTimeUnits);
        RuleFor(r => r.ExpectedDuration)
            .Must((r, d) => d is null || d.HasTimeComponent || !IsSupported(r.ExpectedStart) || SupportedDates.TryAdd(r.ExpectedStart, d) is not null)
            .With(ValidationCodes.PeriodOutOfRange);
        RuleFor(r => r.ExpectedDuration)
            .Must((r, d) => !IsSupported(r.ExpectedStart) || SupportedDates.TryAdd(r.ExpectedStart, d) is not { } end || end > r.ExpectedStart)
            .With(MatchValidationCodes.RequestDurationNotPositive);

        RuleFor(r => r.FamilyOfOrigin).NotNull().With(MatchValidationCodes.RequestFamilyOfOriginMissing).SetValidator(new MunicipalityValidator());
        RuleFor(r => r.School!).SetValidator(new MunicipalityValidator()).When(r => r.School is not null);
        RuleFor(r => r.Protection)
            .Must((r, p) => p != ProtectionConstraint.NotSameDistrict || r.FamilyOfOrigin?.District is { IsEmpty: false })
            .With(MatchValidationCodes.RequestProtectionDistrictUnknown);
        RuleFor(r => r.Protection).IsInEnum().With(MatchValidationCodes.RequestProtectionUndefined);
        RuleFor(r => r.Form).IsInEnum().With(MatchValidationCodes.RequestFormUndefined);
        RuleFor(r => r.Arrangement).IsInEnum().With(MatchValidationCodes.RequestArrangementUndefined);
        RuleForEach(r => r.Languages ?? default).Must(l => !l.IsEmpty)
            .OverridePropertyName(nameof(MatchRequest.Languages)).With(MatchValidationCodes.RequestLanguageEmpty);
        RuleForEach(r => r.Backgrounds ?? default).Must(b => !b.IsEmpty)
            .OverridePropertyName(nameof(MatchRequest.Backgrounds)).With(MatchValidationCodes.RequestBackgroundEmpty);
        RuleForEach(r => r.ConflictingPersons).Must(p => !p.IsEmpty).With(MatchValidationCodes.RequestConflictingPersonEmpty);
    }

    /// <summary>A null request is a failure (<see cref="ValidationCodes.Required"/>), not an exception.</summary>
    /// <param name="context">The validation context.</param>
    /// <param name="result">The result to add the failure to.</param>
    /// <returns>False when there is nothing to validate.</returns>
    protected override bool PreValidate(ValidationContext<MatchRequest> context, ValidationResult result)
        => RuleMessages.ReportNull(context, result, "request");

    /// <summary>An ISO date in <see cref="SupportedDates"/> (a date in another calendar is reported, never compared).</summary>
    internal static bool IsSupported(LocalDate date) => date.Calendar == CalendarSystem.Iso && SupportedDates.Contains(date);

    private static bool DatesComparable(LocalDate a, LocalDate b) => IsSupported(a) && IsSupported(b);
}

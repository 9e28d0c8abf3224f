using FluentValidation;
using FluentValidation.Results;

namespace Affido.Domain;

/// <summary>
/// Validates a <see cref="Placement"/> as input: the facts must be coherent before the rules judge them. At least one
/// minor, codes unique, none born after the start; a carer's code; a valid family of origin; defined enums; a schedule
/// exactly when part time; consents and hearings naming only minors of the placement (a minor's own consent naming one);
/// decrees with a reference; extensions not ending before their decree; an end not before the start.
/// </summary>
/// <remarks>
/// Whether the placement is lawful (a consent missing, a report overdue) is not checked here: Affido.Rules reports it as
/// findings. Null nested objects give a <see cref="ValidationCodes.Required"/> failure, never an exception.
/// </remarks>
public sealed class PlacementValidator : AbstractValidator<Placement>
{
    /// <summary>Declares the rules.</summary>
    public PlacementValidator()
    {
        RuleFor(x => x.Minors).Must(minors => !minors.IsEmpty)
            .WithErrorCode(ValidationCodes.PlacementMinorsEmpty)
            .WithMessage("'{PropertyName}' must hold at least one minor.");
        RuleFor(x => x.Minors).Must(minors => !CommonRules.HasDuplicates(minors.Where(m => m is not null).Select(m => m.Code)))
            .WithErrorCode(ValidationCodes.PlacementMinorsDuplicateCode)
            .WithMessage("'{PropertyName}' must not hold two minors with the same code.");
        RuleForEach(x => x.Minors).Required().SetValidator(new MinorValidator());
        RuleForEach(x => x.Minors).Custom((minor, context) =>
        {
            var start = context.InstanceToValidate.Start;
            if (minor is not null && minor.BirthDate > start)
            {
                AddFailure(context, $"{context.PropertyPath}.{nameof(Minor.BirthDate)}", ValidationCodes.PlacementMinorBornAfterStart,
                    $"'Birth Date' of minor {minor.Code} ({CommonRules.Iso(minor.BirthDate)}) must not be after the placement's start ({CommonRules.Iso(start)}).",
                    minor.BirthDate);
            }
        });

        RuleFor(x => x.Carer).PseudonymousCode();
        RuleFor(x => x.FamilyOfOrigin).Required().SetValidator(new FamilyOfOriginValidator());
        RuleFor(x => x.LegalBasis).DefinedEnum();
        RuleFor(x => x.Relationship).DefinedEnum();
        RuleFor(x => x.Arrangement).DefinedEnum();
        RuleFor(x => x.Form).DefinedEnum();

        RuleFor(x => x.Schedule).NotNull()
            .When(x => x.Arrangement == TimeArrangement.PartTime)
            .WithErrorCode(ValidationCodes.PlacementScheduleMissing)
            .WithMessage("'{PropertyName}' is required for a part-time placement.");
        RuleFor(x => x.Schedule).Null()
            .When(x => x.Arrangement == TimeArrangement.FullTime)
            .WithErrorCode(ValidationCodes.PlacementScheduleUnexpected)
            .WithMessage("'{PropertyName}' must be absent for a full-time placement.");
        RuleFor(x => x.Schedule).SetValidator(new PartTimeScheduleValidator()!);

        RuleForEach(x => x.Consents).Required().ChildRules(consent =>
        {
            consent.RuleFor(c => c.Party).DefinedEnum();
            consent.RuleFor(c => c.Minor!.Value).PseudonymousCode()
                .OverridePropertyName(nameof(WrittenConsent.Minor))
                .When(c => c.Minor.HasValue);
        });
        RuleForEach(x => x.Consents).Custom((consent, context) =>
        {
            if (consent is null)
            {
                return;
            }
            string path = $"{context.PropertyPath}.{nameof(WrittenConsent.Minor)}";
            if (consent.Party == ConsentParty.Minor && consent.Minor is null)
            {
                AddFailure(context, path, ValidationCodes.PlacementConsentMinorMissing,
                    "'Minor' must name the minor who consents, for a consent of party Minor.", null);
            }
            else if (consent.Party != ConsentParty.Minor && consent.Minor is not null)
            {
                AddFailure(context, path, ValidationCodes.PlacementConsentMinorUnexpected,
                    $"'Minor' must be absent for a consent of party {consent.Party}, but is {consent.Minor}.", consent.Minor);
            }
            else if (consent.Minor is { } code && !IsPlaced(context.InstanceToValidate, code))
            {
                AddFailure(context, path, ValidationCodes.PlacementConsentMinorUnknown,
                    $"'Minor' {code} is not one of the minors of the placement.", code);
            }
        });

        RuleForEach(x => x.Hearings).Required().ChildRules(hearing => hearing.RuleFor(h => h.Minor).PseudonymousCode());
        RuleForEach(x => x.Hearings).Custom((hearing, context) =>
        {
            if (hearing is not null && !hearing.Minor.IsEmpty && !IsPlaced(context.InstanceToValidate, hearing.Minor))
            {
                AddFailure(context, $"{context.PropertyPath}.{nameof(Hearing.Minor)}", ValidationCodes.PlacementHearingMinorUnknown,
                    $"'Minor' {hearing.Minor} is not one of the minors of the placement.", hearing.Minor);
            }
        });

        RuleForEach(x => x.Decrees).Required().ChildRules(decree =>
        {
            decree.RuleFor(d => d.Authority).DefinedEnum();
            decree.RuleFor(d => d.Reference).RequiredText();
        });
        RuleForEach(x => x.Extensions).Required().ChildRules(extension =>
        {
            extension.RuleFor(e => e.Ground).DefinedEnum();
            extension.RuleFor(e => e.Until).Must((e, until) => until >= e.DecreedOn)
                .WithErrorCode(ValidationCodes.PlacementExtensionUntilBeforeDecree)
                .WithMessage(e => $"'{{PropertyName}}' ({CommonRules.Iso(e.Until)}) must not be before the decree that grants the extension ({CommonRules.Iso(e.DecreedOn)}).");
        });
        RuleForEach(x => x.ExtensionSignals).Required();
        RuleForEach(x => x.Verifications).Required();
        RuleForEach(x => x.CourtReports).Required().ChildRules(report => report.RuleFor(r => r.To).DefinedEnum());

        RuleForEach(x => x.SiblingsPlacedApart).PseudonymousCode();
        RuleForEach(x => x.SiblingsPlacedApart).Must((placement, sibling) => sibling.IsEmpty || !IsPlaced(placement, sibling))
            .WithErrorCode(ValidationCodes.PlacementSiblingApartPlacedHere)
            .WithMessage((_, sibling) => $"'{{PropertyName}}' {sibling} is one of the minors of this placement, so not placed apart.");
        RuleFor(x => x.SiblingContraindication!).ChildRules(contraindication =>
        {
            contraindication.RuleFor(c => c.Source).DefinedEnum();
            contraindication.RuleFor(c => c.Reason).RequiredText();
        });

        RuleFor(x => x.End!).ChildRules(end => end.RuleFor(e => e.Reason).DefinedEnum());
        RuleFor(x => x.End!.On).Must((placement, on) => on >= placement.Start)
            .When(x => x.End is not null)
            .WithErrorCode(ValidationCodes.PlacementEndBeforeStart)
            .WithMessage(placement => $"'{{PropertyName}}' ({CommonRules.Iso(placement.End!.On)}) must not be before the placement's start ({CommonRules.Iso(placement.Start)}).");
    }

    private static bool IsPlaced(Placement placement, MinorCode code)
    {
        foreach (var minor in placement.Minors)
        {
            if (minor is not null && minor.Code == code)
            {
                return true;
            }
        }
        return false;
    }

    private static void AddFailure(ValidationContext<Placement> context, string path, string code, string message, object? value)
        => context.AddFailure(new ValidationFailure(path, message, value) { ErrorCode = code });
}

using FluentValidation;

namespace Affido.Domain;

/// <summary>
/// Validates a <see cref="Placement"/> as input: the facts must be coherent before the rules judge them. One to
/// <see cref="InputLimits.MaxMinors"/> minors, codes unique, none born after the start; a carer's code; a supported
/// start; a valid family of origin; defined enums; a schedule exactly when part time; consents and hearings naming only
/// minors of the placement (a minor's own consent naming one); decrees with a reference; extensions not ending before
/// their decree; an end not before the start; every date supported.
/// </summary>
/// <remarks>
/// Whether the placement is lawful (a consent missing, a report overdue) is not checked here: Affido.Rules reports it as
/// findings. A null member or list element gives a <see cref="ValidationCodes.Required"/> failure at its path, never an
/// exception; a date outside <see cref="SupportedDates"/> is reported on its member and compared with no other.
/// </remarks>
public sealed class PlacementValidator : AffidoValidator<Placement>
{
    /// <summary>Declares the rules.</summary>
    public PlacementValidator()
    {
        RuleFor(x => x.Minors).NotEmptyList(ValidationCodes.PlacementMinorsEmpty);
        RuleFor(x => x.Minors).Must(minors => minors.Count <= InputLimits.MaxMinors)
            .WithDomainMessage(ValidationCodes.PlacementMinorsTooMany, (_, minors) =>
                [MessageArgument.Number("max", InputLimits.MaxMinors), MessageArgument.Number("count", minors.Count)]);
        RuleFor(x => x.Minors).Must(minors => !CollectionValidatorExtensions.HasDuplicates(minors.Where(m => m is not null).Select(m => m.Code)))
            .WithDomainMessage(ValidationCodes.PlacementMinorsDuplicateCode);
        RuleForEach(x => x.Minors).Required().SetValidator(new MinorValidator());
        RuleForEach(x => x.Minors).Custom((minor, context) =>
        {
            if (minor is not null && !SupportedDates.NotAfter(minor.BirthDate, context.InstanceToValidate.Start))
            {
                context.AddFailure(DomainMessages.Failure($"{context.PropertyPath}.{nameof(Minor.BirthDate)}", ValidationCodes.PlacementMinorBornAfterStart, minor.BirthDate));
            }
        });

        RuleFor(x => x.Carer).PseudonymousCode();
        RuleFor(x => x.FamilyOfOrigin).Required().SetValidator(new FamilyOfOriginValidator());
        RuleFor(x => x.LegalBasis).DefinedEnum();
        RuleFor(x => x.Relationship).DefinedEnum();
        RuleFor(x => x.Arrangement).DefinedEnum();
        RuleFor(x => x.Form).DefinedEnum();
        RuleFor(x => x.Start).SupportedDate();

        RuleFor(x => x.Schedule).NotNull()
            .When(x => x.Arrangement == TimeArrangement.PartTime)
            .WithDomainMessage(ValidationCodes.PlacementScheduleMissing);
        RuleFor(x => x.Schedule).Null()
            .When(x => x.Arrangement == TimeArrangement.FullTime)
            .WithDomainMessage(ValidationCodes.PlacementScheduleUnexpected);
        RuleFor(x => x.Schedule).SetValidator(new PartTimeScheduleValidator()!);

        RuleForEach(x => x.Consents).Required().SetValidator(new WrittenConsentValidator());
        RuleForEach(x => x.Consents).Custom((consent, context) =>
        {
            if (consent is null)
            {
                return;
            }

            string path = $"{context.PropertyPath}.{nameof(WrittenConsent.Minor)}";
            if (consent.Party == ConsentParty.Minor && consent.Minor is null)
            {
                context.AddFailure(DomainMessages.Failure(path, ValidationCodes.PlacementConsentMinorMissing, null));
            }
            else if (consent.Party != ConsentParty.Minor && consent.Minor is not null)
            {
                context.AddFailure(DomainMessages.Failure(path, ValidationCodes.PlacementConsentMinorUnexpected, consent.Minor));
            }
            else if (consent.Minor is { IsEmpty: false } code && !IsPlaced(context.InstanceToValidate, code))
            {
                context.AddFailure(DomainMessages.Failure(path, ValidationCodes.PlacementConsentMinorUnknown, code));
            }
        });

        RuleForEach(x => x.Hearings).Required().SetValidator(new HearingValidator());
        RuleForEach(x => x.Hearings).Custom((hearing, context) =>
        {
            if (hearing is not null && !hearing.Minor.IsEmpty && !IsPlaced(context.InstanceToValidate, hearing.Minor))
            {
                context.AddFailure(DomainMessages.Failure($"{context.PropertyPath}.{nameof(Hearing.Minor)}", ValidationCodes.PlacementHearingMinorUnknown, hearing.Minor));
            }
        });

        RuleFor(x => x.Commitment!).ChildRules(commitment => commitment.RuleFor(c => c.SignedOn).SupportedDate());
        RuleForEach(x => x.Decrees).Required().ChildRules(decree =>
        {
            decree.RuleFor(d => d.Authority).DefinedEnum();
            decree.RuleFor(d => d.IssuedOn).SupportedDate();
            decree.RuleFor(d => d.Reference).RequiredText(TextKind.Identifier); // a reference: at most InputLimits.MaxCodeLength
        });
        RuleForEach(x => x.Extensions).Required().SetValidator(new ExtensionValidator());
        RuleForEach(x => x.ExtensionSignals).Required().ChildRules(signal => signal.RuleFor(s => s.SentOn).SupportedDate());
        RuleForEach(x => x.Verifications).Required().ChildRules(verification => verification.RuleFor(v => v.HeldOn).SupportedDate());
        RuleForEach(x => x.CourtReports).Required().SetValidator(new CourtReportValidator());

        RuleForEach(x => x.SiblingsPlacedApart).PseudonymousCode();
        RuleForEach(x => x.SiblingsPlacedApart).Must((placement, sibling) => sibling.IsEmpty || !IsPlaced(placement, sibling))
            .WithDomainMessage(ValidationCodes.PlacementSiblingApartPlacedHere);
        RuleFor(x => x.SiblingContraindication).SetValidator(new SiblingContraindicationValidator()!);

        RuleFor(x => x.End).SetValidator(new PlacementEndValidator()!);
        RuleFor(x => x.End!.On).Must((placement, on) => SupportedDates.NotBefore(on, placement.Start))
            .When(x => x.End is not null)
            .WithDomainMessage(ValidationCodes.PlacementEndBeforeStart);
    }

    /// <summary>
    /// Whether <paramref name="code"/> is one of the placement's minors. Over <see cref="InputLimits.MaxMinors"/> minors
    /// the placement already fails, and the minors are not searched (every code counts as placed): the checks stay
    /// linear in the size of the input.
    /// </summary>
    private static bool IsPlaced(Placement placement, MinorCode code)
    {
        if (placement.Minors.Count > InputLimits.MaxMinors)
        {
            return true;
        }

        foreach (var minor in placement.Minors)
        {
            if (minor is not null && minor.Code == code)
            {
                return true;
            }
        }

        return false;
    }
}

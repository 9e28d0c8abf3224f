using FluentValidation;

namespace Affido.Matching;

/// <summary>Checks a <see cref="MatchRequest"/> before a search; each rule has a stable error code.</summary>
/// <remarks>
/// Codes: <c>request.id.missing</c>, <c>request.minors.missing</c>, <c>request.minors.duplicate</c>,
/// <c>request.minors.not-siblings</c>, <c>siblings.contraindicated-together</c> (Reg. art. 4: send one request per
/// minor), <c>request.minor.not-born</c>, <c>request.minor.not-a-minor</c>, <c>request.duration.not-positive</c>,
/// <c>request.family-of-origin.missing</c>, <c>request.protection.district-unknown</c>,
/// <c>request.protection.undefined</c>, <c>request.form.undefined</c>, <c>request.arrangement.undefined</c>,
/// <c>request.language.empty</c>, <c>request.background.empty</c>, <c>request.conflicting-person.empty</c>.
/// </remarks>
public sealed class MatchRequestValidator : AbstractValidator<MatchRequest>
{
    /// <summary>Declares the rules.</summary>
    public MatchRequestValidator()
    {
        RuleFor(r => r.Id).NotEmpty().WithErrorCode("request.id.missing");
        RuleFor(r => r.Minors).Must(m => m.Count > 0)
            .WithErrorCode("request.minors.missing").WithMessage("A request needs at least one minor.");
        RuleFor(r => r.Minors).Must(m => m.Select(x => x.Code).Distinct().Count() == m.Count)
            .WithErrorCode("request.minors.duplicate").WithMessage("The same minor appears twice in the request.");
        RuleFor(r => r.Minors)
            .Must(m => m.Count < 2 || (m[0].SiblingGroup is { IsEmpty: false } group && m.All(x => x.SiblingGroup == group)))
            .WithErrorCode("request.minors.not-siblings")
            .WithMessage("Several minors in one request must be one sibling group (same sibling-group id).");
        RuleFor(r => r)
            .Must(r => r.Minors.Count < 2 || r.SiblingContraindication is null)
            .WithName(nameof(MatchRequest.SiblingContraindication))
            .WithErrorCode("siblings.contraindicated-together")
            .WithMessage("A contraindication to placing these siblings together is stated (Reg. art. 4): send one request per minor.");
        RuleForEach(r => r.Minors)
            .Must((r, m) => m.BirthDate <= r.ExpectedStart)
            .WithErrorCode("request.minor.not-born").WithMessage("A minor's birth date is after the expected start.");
        RuleForEach(r => r.Minors)
            .Must((r, m) => m.BirthDate > r.ExpectedStart || Ages.IsMinorOn(m.BirthDate, r.ExpectedStart))
            .WithErrorCode("request.minor.not-a-minor").WithMessage("A person in the request is of age on the expected start.");
        RuleFor(r => r)
            .Must(r => r.ExpectedEnd > r.ExpectedStart)
            .WithName(nameof(MatchRequest.ExpectedDuration))
            .WithErrorCode("request.duration.not-positive").WithMessage("The expected duration must be positive (L. 184/1983 art. 4 c. 4).");
        RuleFor(r => r.FamilyOfOrigin).NotNull().WithErrorCode("request.family-of-origin.missing");
        RuleFor(r => r)
            .Must(r => r.Protection != ProtectionConstraint.NotSameDistrict || r.FamilyOfOrigin?.District is { IsEmpty: false })
            .WithName(nameof(MatchRequest.Protection))
            .WithErrorCode("request.protection.district-unknown")
            .WithMessage("A 'not the same district' constraint needs the family of origin's district.");
        RuleFor(r => r.Protection).IsInEnum().WithErrorCode("request.protection.undefined");
        RuleFor(r => r.Form).IsInEnum().WithErrorCode("request.form.undefined");
        RuleFor(r => r.Arrangement).IsInEnum().WithErrorCode("request.arrangement.undefined");
        RuleForEach(r => r.Languages).Must(l => !l.IsEmpty).WithErrorCode("request.language.empty");
        RuleForEach(r => r.Backgrounds).Must(b => !b.IsEmpty).WithErrorCode("request.background.empty");
        RuleForEach(r => r.ConflictingPersons).Must(p => !p.IsEmpty).WithErrorCode("request.conflicting-person.empty");
    }
}

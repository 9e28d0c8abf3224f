using Affido.Domain;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// The bounds of the dates the rules compute with (<see cref="SupportedDates"/>) that Affido.Domain's
/// <see cref="DateValidatorExtensions.SupportedDate{T}(IRuleBuilder{T, LocalDate})"/> does not state: a date plus a
/// period counted from another member of the facts (<see cref="ValidationCodes.PeriodOutOfRange"/>), and a date that
/// is not a member (<see cref="DateOutOfRange"/>). Messages come from the catalogues and never repeat the value given.
/// </summary>
internal static class SupportedDateValidatorExtensions
{
    /// <summary>
    /// The period, when present and in date units, added to the date <paramref name="from"/> gives, stays in
    /// <see cref="SupportedDates"/> (a <paramref name="from"/> outside the range is reported by its own rule):
    /// <see cref="ValidationCodes.PeriodOutOfRange"/>, worded as counted from <paramref name="countedFrom"/> (a
    /// <c>counted-from</c> fragment of <see cref="RuleMessages"/>) rather than from Affido.Domain's reference date.
    /// </summary>
    public static IRuleBuilderOptions<T, Period?> EndsInSupportedRange<T>(this IRuleBuilder<T, Period?> rule, Func<T, LocalDate> from, string countedFrom)
    {
        var origin = RuleMessages.Render(RuleMessages.Fragment("counted-from", countedFrom));
        return rule.Must((instance, period) => period is null || period.HasTimeComponent || !SupportedDates.Contains(from(instance))
                || SupportedDates.TryAdd(from(instance), period) is not null)
            // The variant's key gives the message; the error code stays the fact's, period.out-of-range.
            .WithRuleMessage(RuleMessages.Variant(ValidationCodes.PeriodOutOfRange, "counted-from"), (_, _) =>
                [MessageArgument.Words("from", origin), MessageArgument.Date("latest", SupportedDates.Latest)])
            .WithErrorCode(ValidationCodes.PeriodOutOfRange);
    }

    /// <summary>
    /// A <see cref="ValidationCodes.DateOutOfRange"/> failure at <paramref name="path"/> with Affido.Domain's message
    /// (the same fact as a member's date out of range): for an argument of the evaluator or an instant's date in
    /// Europe/Rome. No attempted value.
    /// </summary>
    public static ValidationFailure DateOutOfRange(string path)
        => DomainMessages.Catalogue.Failure(path, ValidationCodes.DateOutOfRange, null,
            MessageArgument.Date("earliest", SupportedDates.Earliest), MessageArgument.Date("latest", SupportedDates.Latest));

    /// <summary>
    /// Whether <paramref name="date"/> is absent or on or after <paramref name="reference"/>; dates outside
    /// <see cref="SupportedDates"/> (in another calendar too, which NodaTime refuses to compare) are reported by
    /// Affido.Domain's <c>SupportedDate()</c> rule, never compared here.
    /// </summary>
    public static bool NotBefore(LocalDate? date, LocalDate reference)
        => date is not { } d || !SupportedDates.Contains(d) || !SupportedDates.Contains(reference) || d >= reference;
}

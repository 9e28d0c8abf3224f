using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// The rules an evaluator runs, every version included, grouped by the facts they judge: the one list of the legal
/// rules of Affido.Rules is <see cref="Default"/>. Immutable: <see cref="Add{TFacts}"/> returns a new catalogue.
/// </summary>
/// <remarks>
/// <para>Adding a rule to the library is one line in <see cref="Default"/> (and the rule's file, messages and tests: see
/// docs/rules.md). An integrator adds a rule of their own with <c>RuleCatalogue.Default.Add(myRule)</c> and gives the
/// catalogue to <see cref="RuleEvaluator"/>.</para>
/// <para>The catalogue refuses a rule whose code breaks <see cref="RuleCodes.Grammar"/>, a code already produced by a
/// rule about other facts, and two versions of a code whose validities overlap (both would run).</para>
/// </remarks>
public sealed class RuleCatalogue
{
    private static readonly Regex CodeGrammar = new(RuleCodes.Grammar, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private readonly ValueArray<Entry> entries;
    private readonly ConcurrentDictionary<Type, object> byFacts = new();

    private RuleCatalogue(ValueArray<Entry> entries) => this.entries = entries;

    /// <summary>A catalogue without rules.</summary>
    public static RuleCatalogue Empty { get; } = new([]);

    /// <summary>Every rule of the library, every version included.</summary>
    public static RuleCatalogue Default { get; } = Empty
        // A placement: consents, hearing, commitment, decrees (Reg. art. 3, 4, 10; L. 184/1983 art. 4 c. 1-2)
        .Add(new ParentsConsentRule())
        .Add(new MinorConsentRule())
        .Add(new MinorHearingRule())
        .Add(new CarersCommitmentRule())
        .Add(new DecreeMissingRule())
        .Add(new UrgentDocumentsRule())
        // A placement: duration and extensions (L. 184/1983 art. 4 c. 4)
        .Add(new DurationMissingRule())
        .Add(DurationMaximumRule.BeforeCartabia)
        .Add(DurationMaximumRule.SinceCartabia)
        .Add(new ExtensionSignalDueRule())
        .Add(new DurationExpiryRule())
        .Add(new ComingOfAgeRule())
        // A placement: verifications and reports (Reg. art. 8 f; L. 184/1983 art. 4 c. 3), the plan (Reg. art. 8)
        .Add(new VerificationCadenceRule())
        .Add(new VerificationOverdueRule())
        .Add(new CourtReportOverdueRule())
        .Add(new PlanElementsRule())
        .Add(new PlanSignaturesRule())
        // A case: siblings (Reg. art. 4)
        .Add(new SiblingsSeparatedRule())
        // The registry (Reg. art. 13)
        .Add(new RegistryConsentRule())
        // Judicial timelines and bars (art. 403 c.c.; L. 184/1983 art. 2 c. 1.1, 5 c. 1, 5-bis, 9 c. 4)
        .Add(new UrgentRemovalRule())
        .Add(new InformalHostingRule())
        .Add(new ConflictOfInterestRule())
        .Add(new CarersNotConvenedRule())
        .Add(new ServicePlacementRule());

    /// <summary>Every kind of finding the catalogue's rules can produce, once per code, in the order of the catalogue.</summary>
    public IReadOnlyList<FindingKind> Kinds => [.. entries.SelectMany(e => e.Kinds).DistinctBy(k => k.Code)];

    /// <summary>Every code the catalogue's rules can produce, once, in the order of the catalogue (for an integrator's translation table).</summary>
    public IReadOnlyList<string> Codes => [.. Kinds.Select(k => k.Code)];

    /// <summary>The rules about <typeparamref name="TFacts"/>, in the order they were added.</summary>
    /// <typeparam name="TFacts">The facts.</typeparam>
    /// <returns>The rules.</returns>
    public IReadOnlyList<IRule<TFacts>> RulesFor<TFacts>()
        => (IReadOnlyList<IRule<TFacts>>)byFacts.GetOrAdd(typeof(TFacts), _ => entries.Where(e => e.Facts == typeof(TFacts)).Select(e => (IRule<TFacts>)e.Rule).ToValueArray());

    /// <summary>This catalogue with <paramref name="rule"/> added.</summary>
    /// <typeparam name="TFacts">The facts the rule judges.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <returns>A new catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/>, its kinds or its validity is null.</exception>
    /// <exception cref="ArgumentException">The rule declares no kind, a code that breaks <see cref="RuleCodes.Grammar"/>, a code produced by a rule about other facts, or a code whose other version applies on some of the same dates.</exception>
    public RuleCatalogue Add<TFacts>(IRule<TFacts> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(rule.Kinds, nameof(rule));
        ArgumentNullException.ThrowIfNull(rule.Validity, nameof(rule));
        if (rule.Kinds.Count == 0)
        {
            throw new ArgumentException($"The rule {rule.GetType().Name} declares no kind of finding.", nameof(rule));
        }
        foreach (var kind in rule.Kinds)
        {
            if (kind?.Code is null || kind.Source is null || !CodeGrammar.IsMatch(kind.Code))
            {
                throw new ArgumentException($"The rule {rule.GetType().Name} declares a kind without a source or with a code outside the grammar {RuleCodes.Grammar}: '{kind?.Code}'.", nameof(rule));
            }
            foreach (var other in entries.Where(e => e.Kinds.Any(k => k.Code == kind.Code)))
            {
                if (other.Facts != typeof(TFacts))
                {
                    throw new ArgumentException($"The code '{kind.Code}' is already produced by a rule about {other.Facts.Name}.", nameof(rule));
                }
                if (other.Validity.Overlaps(rule.Validity))
                {
                    throw new ArgumentException($"Two versions of '{kind.Code}' apply on some of the same dates.", nameof(rule));
                }
            }
        }
        return new(entries.Add(new Entry(typeof(TFacts), rule, [.. rule.Kinds], rule.Validity)));
    }

    /// <summary>Every rule with the facts it judges, in order (for the documentation checks).</summary>
    internal IEnumerable<(Type Facts, object Rule, ValueArray<FindingKind> Kinds)> Entries => entries.Select(e => (e.Facts, e.Rule, e.Kinds));

    private sealed record Entry(Type Facts, object Rule, ValueArray<FindingKind> Kinds, RuleValidity Validity);
}

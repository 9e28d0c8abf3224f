using System.Globalization;
using System.Text.RegularExpressions;
using Affido.Domain;
using NodaTime;
using static Affido.Rules.Tests.Judicial.JudicialFixtures;

namespace Affido.Rules.Tests;

/// <summary>
/// Issue 15: every message of the package is the same bytes whatever the server's culture, Italian with 16/03/2026 and
/// 1.234,50 €, English with 2026-03-16 and EUR 1,234.50.
/// </summary>
public class MessageCultureTests
{
    private static readonly string[] Cultures = ["", "it-IT", "de-DE", "ar-SA"];

    /// <summary>Facts that, between them, produce every code of the catalogue and every wording of its messages.</summary>
    internal static IEnumerable<Finding> AllFindings()
    {
        var evaluator = RuleEvaluator.Default;
        var start = Fixture.Start;
        var teen = Fixture.Minor(start.PlusYears(-15));
        var child = Fixture.Minor(start.PlusYears(-8), Fixture.MinorB, discernment: true);

        // Documents, consents, hearings, plan, verifications, reports: everything missing.
        var bare = Fixture.Placement() with { Minors = [teen, child], Consents = [], Commitment = null, Decrees = [] };
        var badPlan = new PlacementPlan { PresumedDuration = Period.FromMonths(30), VerificationCadence = Period.FromMonths(5) };
        foreach (var f in evaluator.Evaluate(bare, badPlan, start.PlusMonths(7)).Findings)
        {
            yield return f;
        }
        var guardian = bare with { FamilyOfOrigin = new FamilyOfOrigin(Fixture.Sondrio, new Guardian(new PersonCode("P-T"), start.PlusYears(-1))) };
        foreach (var f in evaluator.Evaluate(guardian, new PlacementPlan(), start.PlusMonths(2)).Findings)
        {
            yield return f;
        }
        foreach (var f in evaluator.Evaluate(bare with { IsUrgent = true }, Fixture.Plan(), start.PlusDays(5)).Findings)
        {
            yield return f;
        }
        foreach (var f in evaluator.Evaluate(guardian with { IsUrgent = true }, Fixture.Plan(), start.PlusDays(45)).Findings)
        {
            yield return f;
        }
        foreach (var f in evaluator.Evaluate(Fixture.Judicial() with { Decrees = [], Verifications = [new Verification(start.PlusMonths(1))] }, Fixture.Plan(), start.PlusMonths(8)).Findings)
        {
            yield return f;
        }

        // Duration: the old text, expiring, expired, coming of age, the signal to the prosecutor.
        var old = Fixture.Placement() with { Start = new LocalDate(2021, 3, 1), Minors = [Fixture.Minor(new LocalDate(2005, 1, 1))] };
        foreach (var f in evaluator.Evaluate(old, Fixture.Plan() with { PresumedDuration = Period.FromMonths(30) }, new LocalDate(2021, 3, 2)).Findings)
        {
            yield return f;
        }
        foreach (var asOf in new[] { start.PlusMonths(12).PlusDays(-5), start.PlusMonths(12).PlusDays(5) })
        {
            foreach (var f in evaluator.Evaluate(Fixture.Placement(), Fixture.Plan(), asOf).Findings)
            {
                yield return f;
            }
        }

        // A case: siblings of one group with different carers, and a sibling outside the case.
        var group = new SiblingGroupId("G-1");
        var first = Fixture.Placement() with { Minors = [Fixture.Minor(new LocalDate(2015, 6, 10)) with { SiblingGroup = group }], SiblingsPlacedApart = [new MinorCode("MIN-OUT")] };
        var second = Fixture.Placement() with { Carer = new CarerCode("CAR-2"), Minors = [Fixture.Minor(new LocalDate(2016, 6, 10), Fixture.MinorB) with { SiblingGroup = group }] };
        foreach (var f in evaluator.Evaluate(CaseFacts.Of(new(first, Fixture.Plan()), new(second, Fixture.Plan())), Fixture.AsOf).Findings)
        {
            yield return f;
        }

        // The registry, art. 403, informal hosting, conflicts, proceedings, art. 5-bis.
        foreach (var f in evaluator.Evaluate(new RegistryEntry(new CarerCode("C-9"), null), Fixture.AsOf).Findings)
        {
            yield return f;
        }
        var placed = RomeTime(2026, 3, 1, 10, 0);
        var allLate = new UrgentRemovalFacts
        {
            PlacedInSafety = placed,
            OrderSentToProsecutor = placed + NodaTime.Duration.FromHours(25),
            ValidationRequested = placed + NodaTime.Duration.FromHours(25 + 73),
            ValidationDecreed = placed + NodaTime.Duration.FromHours(25 + 73 + 49),
            HearingHeld = placed + NodaTime.Duration.FromDays(30),
            Minor = MinorA,
        };
        foreach (var f in evaluator.Evaluate(allLate, placed + NodaTime.Duration.FromDays(60)).Findings)
        {
            yield return f;
        }
        foreach (var f in evaluator.Evaluate(new UrgentRemovalFacts { PlacedInSafety = placed }, placed + NodaTime.Duration.FromDays(2)).Findings)
        {
            yield return f;
        }
        foreach (var f in evaluator.Evaluate(new InformalHosting(MinorA, new PersonCode("P-H"), new LocalDate(2026, 1, 15)), new LocalDate(2026, 8, 1)).Findings)
        {
            yield return f;
        }
        var relatives = new ValueArray<Relative>([new Relative(new PersonCode("J"), 4), new Relative(new PersonCode("E"), 2, KinshipKind.Affinity), new Relative(new PersonCode("S"), 1)]);
        var participants = new ProceedingParticipants([new PersonCode("J")], [new PersonCode("E")], [new PersonCode("S")]);
        foreach (var f in evaluator.Evaluate(new ProposedPlacement(new CarerCode("C-1"), relatives, participants, new LocalDate(2026, 4, 1), MinorA), new LocalDate(2026, 4, 1)).Findings)
        {
            yield return f;
        }
        foreach (var matter in new[] { ProceedingMatter.ParentalResponsibility, ProceedingMatter.Placement, ProceedingMatter.Adoptability })
        {
            foreach (var f in evaluator.Evaluate(new CivilProceeding("RG 1/2026", matter, MinorA, new LocalDate(2026, 5, 1), [new CarerCode("C-1")]), new LocalDate(2026, 5, 1)).Findings)
            {
                yield return f;
            }
        }
        var order = new ServicePlacementOrder { IssuedOn = new LocalDate(2026, 2, 10), Minor = MinorA, CuratorAppointed = true, NotifiedOn = new LocalDate(2026, 2, 12) };
        foreach (var f in evaluator.Evaluate(order, new LocalDate(2026, 6, 1)).Findings)
        {
            yield return f;
        }
        var tooLong = order with { Duration = Period.FromMonths(30), ReportInterval = Period.FromMonths(9) };
        foreach (var f in evaluator.Evaluate(tooLong, new LocalDate(2026, 6, 1)).Findings)
        {
            yield return f;
        }
    }

    /// <summary>The explanations of every outcome of the contribution calculator.</summary>
    internal static IEnumerable<BilingualText> AllExplanations()
    {
        var calculator = new ContributionCalculator(DistrictPolicy.Default with { MonthlyContributionFullTime = 1234.5m, ExtraordinaryAnnualCap = 1500m });
        var flat = Fixture.Judicial();
        var kinship = Fixture.Placement() with { Relationship = Relationship.Kinship };
        var march = new YearMonth(2025, 3);
        yield return calculator.Monthly(new ContributionRequest(flat, march)).Explanation;
        yield return calculator.Monthly(new ContributionRequest(flat with { Arrangement = TimeArrangement.PartTime, Schedule = new PartTimeSchedule([IsoDayOfWeek.Monday]) }, march)).Explanation;
        yield return calculator.Monthly(new ContributionRequest(kinship, march)).Explanation;
        yield return calculator.Monthly(new ContributionRequest(kinship, march, new HardshipApproval(new LocalDate(2025, 3, 1), new LocalDate(2025, 3, 10)))).Explanation;
        var incurred = new LocalDate(2025, 4, 1);
        var approved = new ExtraordinaryExpense("dentist", incurred, 2000m, incurred.PlusDays(-10), 1999.99m);
        yield return calculator.Extraordinary(new ExtraordinaryRequest(flat, approved, 250m)).Explanation;
        yield return calculator.Extraordinary(new ExtraordinaryRequest(flat, approved, 1500m)).Explanation;
        yield return calculator.Extraordinary(new ExtraordinaryRequest(flat, approved with { DocumentedAmount = null }, 0m)).Explanation;
        yield return calculator.Extraordinary(new ExtraordinaryRequest(flat, approved with { ApprovedOn = null }, 0m)).Explanation;
        yield return calculator.Extraordinary(new ExtraordinaryRequest(kinship, approved, 0m)).Explanation;
    }

    /// <summary>
    /// Invalid facts that, between them, produce every validation message of the package's catalogue (and Affido.Domain's
    /// date and period messages the package reuses), through the evaluator and the policy validator.
    /// </summary>
    internal static IEnumerable<FluentValidation.Results.ValidationFailure> AllFailures()
    {
        var evaluator = RuleEvaluator.Default;
        var start = new LocalDate(2026, 1, 31);
        var evaluations = new List<RuleEvaluation>
        {
            // Dates and periods out of range (the facts' and the evaluation's own), a period that does not move forward.
            evaluator.Evaluate(Fixture.Placement() with { Start = new LocalDate(9999, 12, 21), Minors = [], End = new PlacementEnd(new LocalDate(2025, 1, 1), EndReason.Other) },
                Fixture.Plan() with { VerificationCadence = Period.FromMonths(1) - Period.FromDays(29) }, new LocalDate(1800, 1, 1)),
            evaluator.Evaluate(Fixture.Placement() with { Start = new LocalDate(2199, 6, 1) }, Fixture.Plan() with { PresumedDuration = Period.FromMonths(12) }, start),
            evaluator.Evaluate(Fixture.Placement() with { Start = start }, Fixture.Plan() with { PresumedDuration = Period.FromMonths(1) - Period.FromDays(29) }, start),
            evaluator.Evaluate(Fixture.Placement() with { Start = start, Extensions = [new Extension(start.PlusDays(-20), start.PlusDays(-1), true, HarmGround.SeriousHarm)] }, Fixture.Plan(), start),
            evaluator.Evaluate(CaseFacts.Of(), start),

            // Judicial facts: a degree below 1, dates before the start, lengths that are not positive or too long.
            evaluator.Evaluate(new InformalHosting(MinorA, new PersonCode("P-H"), start) { HostKinshipDegree = 0, ReportedOn = start.PlusDays(-3), HostingEndedOn = start.PlusDays(-2) }, start),
            evaluator.Evaluate(new ServicePlacementOrder { IssuedOn = start, Minor = MinorA, Duration = Period.Zero, NotifiedOn = start.PlusDays(-1), ResponsibleNamedOn = start.PlusDays(-1) }, start),
            evaluator.Evaluate(new ServicePlacementOrder { IssuedOn = start, Minor = MinorA, ReportInterval = Period.FromYears(1_000_000) }, start),
        };

        // Art. 403: steps missing or out of order, an instant outside the supported dates, an evaluation instant outside them.
        var placed = RomeTime(2026, 3, 1, 10, 0);
        var steps = new UrgentRemovalFacts
        {
            PlacedInSafety = placed,
            ValidationRequested = placed - NodaTime.Duration.FromHours(1),
            HearingHeld = placed + NodaTime.Duration.FromDays(10),
            CollegialDecreeIssued = Instant.FromUtc(2300, 1, 1, 0, 0),
        };
        evaluations.Add(evaluator.Evaluate(steps, placed));
        evaluations.Add(evaluator.Evaluate(steps with { OrderSentToProsecutor = placed + NodaTime.Duration.FromHours(1), ValidationRequested = placed + NodaTime.Duration.FromHours(2), ValidationDecreed = placed, CollegialDecreeIssued = null }, Instant.FromUtc(1850, 1, 1, 0, 0)));
        foreach (var failure in evaluations.SelectMany(e => e.ValidationFailures))
        {
            yield return failure;
        }

        // The district policy: every policy.* code.
        DistrictPolicy[] policies =
        [
            DistrictPolicy.Default with { MonthlyContributionFullTime = 0.005m, MonthlyContributionPartTime = 2m, ContributionDueDay = 31, ExpiryNoticeWindow = Period.FromYears(3), PartialMonth = (PartialMonthRule)9 },
            DistrictPolicy.Default with { MonthlyContributionFullTime = 2_000_000m, ExtraordinaryAnnualCap = -7.25m, UrgentDocumentsDeadline = Period.FromDays(-1) },
        ];
        foreach (var failure in policies.SelectMany(p => DistrictPolicyValidator.Instance.Validate(p).Errors))
        {
            yield return failure;
        }
    }

    /// <summary>The keys of the catalogue that are validation messages: neither a finding's (or a variant of one), nor a contribution's, nor a fragment.</summary>
    private static IEnumerable<string> ValidationKeys()
        => RuleMessages.Catalogue.Codes.Where(key =>
        {
            string head = key.Split(':')[0];
            return !RuleCatalogue.Default.Codes.Contains(head) && !head.StartsWith("contribution.", StringComparison.Ordinal)
                   && !(key.Contains(':', StringComparison.Ordinal) && RuleMessages.FragmentGroups.Contains(head));
        });

    private static string[] Texts()
        => [.. AllFindings().SelectMany(f => new[] { f.Message.Italian, f.Message.English, f.ToString() }),
            .. AllExplanations().SelectMany(e => new[] { e.Italian, e.English }),
            .. AllFailures().SelectMany(f => new[] { f.MessageIn(MessageLanguage.Italian), f.MessageIn(MessageLanguage.English), f.ToString() })];

    [Fact]
    public void The_facts_above_produce_every_code_of_the_catalogue()
        => Assert.Equal(RuleCatalogue.Default.Codes.Order(StringComparer.Ordinal), AllFindings().Select(f => f.Code).Distinct().Order(StringComparer.Ordinal));

    [Fact]
    public void The_invalid_facts_above_produce_every_validation_message_of_the_catalogue_in_both_languages()
    {
        var failures = AllFailures().ToList();
        var keys = ValidationKeys().ToList();
        Assert.Equal(17, keys.Count);
        Assert.All(failures, f => Assert.IsType<BilingualText>(f.CustomState));
        foreach (string key in keys)
        {
            foreach (var language in new[] { MessageLanguage.Italian, MessageLanguage.English })
            {
                string pattern = "^" + Regex.Replace(Regex.Escape(RuleMessages.Catalogue.Template(key, language)), @"\\\{[a-z-]+}", ".+") + "$";
                Assert.True(failures.Any(f => Regex.IsMatch(f.MessageIn(language), pattern)), $"{key} ({language}) is not produced");
            }
        }

        // The Domain's messages, where the fact is the same: a date outside the supported range.
        var outOfRange = failures.Where(f => f.ErrorCode == ValidationCodes.DateOutOfRange).ToList();
        Assert.Contains(outOfRange, f => f.PropertyName == "asOf");
        Assert.Contains(outOfRange, f => f.PropertyName == "at");
        Assert.Contains(outOfRange, f => f.PropertyName == "CollegialDecreeIssued");
        Assert.All(outOfRange, f => Assert.Equal(DomainMessages.Catalogue.Render(ValidationCodes.DateOutOfRange,
            MessageArgument.Date("earliest", SupportedDates.Earliest), MessageArgument.Date("latest", SupportedDates.Latest)), f.Text()));
    }

    [Fact]
    public void The_validation_messages_name_the_member_by_its_path_and_never_repeat_the_value_given()
    {
        var failures = AllFailures().ToList();
        foreach (string? text in failures.SelectMany(f => new[] { f.MessageIn(MessageLanguage.Italian), f.MessageIn(MessageLanguage.English) }))
        {
            // The only dates a message may hold are the bounds of the supported range and Affido.Domain's reference date.
            foreach (string? date in Regex.Matches(text, @"\d{4}-\d{2}-\d{2}|\d{2}/\d{2}/\d{4}").Select(m => m.Value))
            {
                Assert.Contains(date, new[] { "1900-01-01", "2199-12-31", "2000-01-01", "01/01/1900", "31/12/2199", "01/01/2000" });
            }
            Assert.DoesNotContain("PropertyName", text, StringComparison.Ordinal);
            foreach (string? given in new[] { "9999", "1800", "1850", "2300", "1000000 years", "0.005", "0,005", "2000000", "2,000,000", "2.000.000", "7.25", "7,25" })
            {
                Assert.DoesNotContain(given, text, StringComparison.Ordinal);
            }
        }

        // Nor do the failures carry it when it may be personal (a date, a code, a record): the validators are AffidoValidators.
        Assert.All(failures, f => Assert.True(AttemptedValues.IsShareable(f.AttemptedValue), $"{f.PropertyName}: {f.AttemptedValue}"));
        Assert.Contains(failures, f => f.AttemptedValue is decimal);

        var step = Assert.Single(failures, f => f.ErrorCode == UrgentRemovalFactsValidator.StepMissing && f.PropertyName == "ValidationRequested");
        Assert.Equal("Is recorded, but an earlier step is not: the transmission of the order to the public prosecutor (OrderSentToProsecutor).", step.ErrorMessage);
        Assert.Equal("È registrato, ma manca un passaggio precedente: la trasmissione del provvedimento al pubblico ministero (OrderSentToProsecutor).", step.MessageIn(MessageLanguage.Italian));
        var extension = Assert.Single(failures, f => f.ErrorCode == PlacementFactsValidator.ExtensionBeforeStart);
        Assert.Equal("Placement.Extensions[0]", extension.PropertyName);
        Assert.Equal("Non deve terminare prima dell'inizio dell'affidamento.", extension.MessageIn(MessageLanguage.Italian));
        var period = Assert.Single(failures, f => f.ErrorCode == ValidationCodes.PeriodOutOfRange && f.PropertyName == "Plan.PresumedDuration");
        Assert.Equal("Is too long: counted from the start of the placement, it reaches beyond 2199-12-31, the last supported date.", period.ErrorMessage);
        Assert.Equal("È troppo lungo: contato dall'inizio dell'affidamento, va oltre il 31/12/2199, l'ultima data ammessa.", period.MessageIn(MessageLanguage.Italian));
        var interval = Assert.Single(failures, f => f.ErrorCode == ValidationCodes.PeriodOutOfRange && f.PropertyName == "ReportInterval");
        Assert.Equal("Is too long: counted from the date of the order, it reaches beyond 2199-12-31, the last supported date.", interval.ErrorMessage);
        var amount = Assert.Single(failures, f => f.ErrorCode == DistrictPolicyValidator.AmountTooLarge);
        Assert.Equal("Must not exceed EUR 1,000,000.00.", amount.ErrorMessage);
        Assert.Equal("Non deve superare 1.000.000,00 €.", amount.MessageIn(MessageLanguage.Italian));
    }

    [Fact]
    public void Every_message_is_byte_identical_under_invariant_it_IT_de_DE_and_ar_SA()
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            var rendered = Cultures.Select(name =>
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                return Texts();
            }).ToList();
            Assert.True(rendered[0].Length > 100);
            for (int i = 1; i < rendered.Count; i++)
            {
                Assert.Equal(rendered[0], rendered[i]);
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    [Fact]
    public void Italian_writes_dates_16_03_2026_and_english_2026_03_16()
    {
        var findings = AllFindings().ToList();
        Assert.All(findings, f =>
        {
            Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", f.Message.Italian);
            Assert.DoesNotMatch(@"\d{2}/\d{2}/\d{4}", f.Message.English);
        });
        Assert.Contains(findings, f => Regex.IsMatch(f.Message.Italian, @"\b\d{2}/\d{2}/\d{4}\b"));
        Assert.Contains(findings, f => Regex.IsMatch(f.Message.English, @"\b\d{4}-\d{2}-\d{2}\b"));
    }

    [Fact]
    public void Italian_writes_amounts_1_234_50_euro_and_english_EUR_1_234_50()
    {
        var flat = AllExplanations().First();
        Assert.StartsWith("Contributo mensile forfetario a tempo pieno: 1.234,50 € per 31 giorni su 31, da versare entro il 15/04/2025.", flat.Italian, StringComparison.Ordinal);
        Assert.Equal("Monthly flat full-time contribution: EUR 1,234.50 for 31 of 31 days, due by 2025-04-15.", flat.English);
    }
}

using Affido.Domain;
using Affido.Rules;
using NodaTime;

namespace Affido.Demo;

/// <summary>Evaluates a sample placement with Affido.Rules: findings with their legal sources, the verification and court-report calendar, the term and the contribution.</summary>
internal static class RulesSection
{
    /// <summary>
    /// The sample: the 9-year-old from Rozzano placed six months ago (consensual, non-kinship, full time) with
    /// <paramref name="carer"/>. On purpose the file has gaps a social worker would be told about: the child has
    /// capacity of discernment but was not heard, the plan lacks the contact arrangements and the foster-care
    /// service's signature, and the February verification was missed.
    /// </summary>
    public static (Placement Placement, PlacementPlan Plan) SamplePlacement(Minor minor, CarerCode carer, Municipality familyOfOrigin)
    {
        var start = new LocalDate(2025, 9, 15);
        var placement = new Placement
        {
            Minors = [minor with { HasCapacityOfDiscernment = true }],
            Carer = carer,
            FamilyOfOrigin = new FamilyOfOrigin(familyOfOrigin),
            LegalBasis = LegalBasis.Consensual,
            Relationship = Relationship.NonKinship,
            Arrangement = TimeArrangement.FullTime,
            Form = PlacementForm.Ordinary,
            Start = start,
            Consents = [new WrittenConsent(ConsentParty.Parents, start.PlusDays(-10))],
            Commitment = new CarerCommitment(start.PlusDays(-5)),
            Decrees = [new Decree(Authority.GuardianshipJudge, start.PlusDays(-3), "GT Milano 1234/2025")],
            Verifications = [new Verification(new LocalDate(2025, 11, 20))],
        };
        var plan = new PlacementPlan
        {
            PresumedDuration = Period.FromMonths(24),
            Goals = "Rientro nella famiglia d'origine dopo il percorso di sostegno alla genitorialità.",
            FamilyOfOriginCommitments = "Percorso di sostegno alla genitorialità presso il consultorio.",
            CarerCommitments = "Cura quotidiana, scuola, gruppo di sostegno mensile.",
            SocialServiceCommitments = "Coordinamento, verifiche trimestrali, relazioni al giudice tutelare.",
            VerificationCadence = Period.FromMonths(3),
            FosterCareServiceCommitments = "Sostegno alla famiglia affidataria.",
            ConsentOrDecreeReference = "GT Milano 1234/2025",
            Signatures = [
                new PlanSignature(Signatory.SocialService, start.PlusDays(-4)),
                new PlanSignature(Signatory.Carers, start.PlusDays(-4)),
            ],
        };
        return (placement, plan);
    }

    public static void Write(TextWriter output, RuleEvaluator rules, ContributionCalculator contributions, Placement placement, PlacementPlan plan, LocalDate asOf)
    {
        DemoApp.Heading(output, "Verifica di un affido con le regole / checking a placement against the rules");
        var minor = placement.Minors[0];
        output.WriteLine(DemoApp.Invariant($"  Affido consensuale eterofamiliare a tempo pieno di {minor.Code} ({minor.AgeOn(asOf)} anni) presso {placement.Carer}, dal {placement.Start:dd/MM/uuuu}; verifica al {asOf:dd/MM/uuuu}."));
        output.WriteLine($"  Autorità di vigilanza / supervising authority: {(placement.SupervisingAuthority == Authority.GuardianshipJudge ? "giudice tutelare" : "tribunale per i minorenni")}.");

        var evaluation = rules.Evaluate(placement, plan, asOf);
        output.WriteLine();
        if (!evaluation.IsValid)
        {
            output.WriteLine("  Dati non validi / invalid input: " + string.Join("; ", evaluation.ValidationFailures.Select(f => $"{f.PropertyName}: {f.ErrorMessage}")));
            return;
        }
        if (evaluation.Findings.IsEmpty)
        {
            output.WriteLine("  Nessun rilievo / no findings.");
        }
        output.WriteLine(DemoApp.Invariant($"  Rilievi / findings: {evaluation.Findings.Count}"));
        foreach (var finding in evaluation.Findings)
        {
            output.WriteLine();
            output.WriteLine($"  [{Severity(finding.Severity)}] {finding.Code}   fonte / source: {finding.Source}");
            output.WriteLine($"      IT: {finding.Message.Italian}");
            output.WriteLine($"      EN: {finding.Message.English}");
            if (!finding.Dates.IsEmpty)
            {
                output.WriteLine("      date: " + string.Join(", ", finding.Dates.Select(d => DemoApp.Invariant($"{DateRole(d.Role)} {d.Date:dd/MM/uuuu}"))));
            }
        }

        var until = asOf.PlusMonths(12);
        var verifications = VerificationSchedule.For(placement, plan, asOf);
        var reports = CourtReportSchedule.For(placement, asOf);
        output.WriteLine();
        output.WriteLine(DemoApp.Invariant($"  Calendario fino al / calendar until {until:dd/MM/uuuu}: verifiche ogni {plan.VerificationCadence?.Months} mesi (Reg. art. 8 f), relazioni al giudice tutelare ogni 6 mesi (L. 184/1983 art. 4 c. 3)."));
        var calendar = new TextTable("Scadenza / due", "Atto / act", "Stato / status");
        foreach (var (entry, act) in verifications.Calendar(until).Select(e => (e, "verifica / verification"))
                     .Concat(reports.Calendar(until).Select(e => (e, "relazione al giudice / court report")))
                     .OrderBy(p => p.Item1.Due).ThenBy(p => p.Item2, StringComparer.Ordinal))
        {
            calendar.Add(DemoApp.Invariant($"{entry.Due:dd/MM/uuuu}"), act, Status(entry));
        }
        output.WriteLine();
        calendar.WriteTo(output);

        var term = PlacementTerm.Of(placement, plan);
        output.WriteLine();
        output.WriteLine(DemoApp.Invariant($"  Termine / term: fine prevista {term.PlannedEnd:dd/MM/uuuu} (durata massima 24 mesi salvo proroga del tribunale per i minorenni, L. 184/1983 art. 4 c. 4)."));
        var basis = ContributionCalculator.BasisOf(placement);
        if (basis == ContributionBasis.Flat)
        {
            var month = new YearMonth(asOf.Year, asOf.Month);
            output.WriteLine(DemoApp.Invariant($"  Contributo mensile / monthly contribution (Reg. art. 9): € {contributions.MonthlyAmountFor(placement):N2}; quello di {month.Month:00}/{month.Year} si paga entro il {contributions.DueDate(month):dd/MM/uuuu}."));
        }
    }

    private static string Severity(Severity severity) => severity switch
    {
        Affido.Rules.Severity.Error => "ERRORE / error",
        Affido.Rules.Severity.Warning => "AVVISO / warning",
        _ => "INFO",
    };

    private static string DateRole(FindingDateRole role) => role switch
    {
        FindingDateRole.Due => "scadenza",
        FindingDateRole.OverdueSince => "scaduto dal",
        FindingDateRole.PlannedEnd => "fine prevista",
        FindingDateRole.Birthday => "compleanno",
        FindingDateRole.Provision => "provvedimento",
        FindingDateRole.Last => "ultimo atto",
        FindingDateRole.Maximum => "massimo",
        _ => role.ToString(),
    };

    private static string Status(ScheduleEntry entry) => entry.Status switch
    {
        ScheduleEntryStatus.Held => DemoApp.Invariant($"svolta il {entry.HeldOn:dd/MM/uuuu} / held"),
        ScheduleEntryStatus.Missed => DemoApp.Invariant($"MANCATA, scaduta dal {entry.OverdueFrom:dd/MM/uuuu} / missed"),
        _ => "da svolgere / upcoming",
    };
}

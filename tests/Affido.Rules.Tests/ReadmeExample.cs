using Affido.Domain;
using NodaTime;

namespace Affido.Rules.Tests;

/// <summary>The example of src/Affido.Rules/README.md; <see cref="ReadmeTests"/> keeps the two in sync.</summary>
internal static class ReadmeExample
{
    public static void Run(TextWriter output)
    {
        // README:begin
        var start = new LocalDate(2025, 1, 15);
        var minor = new Minor { Code = new MinorCode("MIN-001"), BirthDate = new LocalDate(2010, 9, 1), Sex = Sex.Female };
        var sondrio = new Municipality(new IstatCode("014061"), "Sondrio", new Province("014", "SO", "Sondrio", Region.Lombardy));
        var placement = new Placement
        {
            Minors = [minor],
            Carer = new CarerCode("CAR-042"),
            FamilyOfOrigin = new FamilyOfOrigin(sondrio),
            LegalBasis = LegalBasis.Consensual,
            Relationship = Relationship.NonKinship,
            Arrangement = TimeArrangement.FullTime,
            Form = PlacementForm.Ordinary,
            Start = start,
            Consents = [new WrittenConsent(ConsentParty.Parents, start)],
            Hearings = [new Hearing(minor.Code, start)],
            Decrees = [new Decree(Authority.GuardianshipJudge, start, "GT 12/2025")],
            Verifications = [new Verification(new LocalDate(2025, 4, 10))],
        };
        var plan = new PlacementPlan
        {
            PresumedDuration = Period.FromMonths(30),
            Goals = "Return to the family of origin.",
            ContactArrangements = "Weekly visits at the service.",
            FamilyOfOriginCommitments = "Parenting support programme.",
            CarerCommitments = "Daily care; monthly support group.",
            SocialServiceCommitments = "Coordination and verifications.",
            VerificationCadence = Period.FromMonths(3),
            FosterCareServiceCommitments = "Support to the carers.",
            ConsentOrDecreeReference = "GT 12/2025",
            Signatures = [new PlanSignature(Signatory.SocialService, start), new PlanSignature(Signatory.Carers, start)],
        };

        var evaluator = new RuleEvaluator(DistrictPolicy.Default);
        var asOf = new LocalDate(2025, 8, 1);
        RuleEvaluation evaluation = evaluator.Evaluate(placement, plan, asOf);
        foreach (var finding in evaluation.Findings)
        {
            output.WriteLine($"{finding.Severity} {finding.Code} [{finding.Source}]{(finding.Dates.IsEmpty ? "" : " " + string.Join(", ", finding.Dates))}");
            output.WriteLine($"  en: {finding.Message.English}");
            output.WriteLine($"  it: {finding.Message.Italian}");
        }

        // Her brother, of the same sibling group, placed with other carers: the case finds them apart.
        var group = new SiblingGroupId("FAM-9");
        var brother = new Minor { Code = new MinorCode("MIN-002"), BirthDate = new LocalDate(2016, 3, 5), Sex = Sex.Male, SiblingGroup = group };
        var hisPlacement = placement with { Minors = [brother], Carer = new CarerCode("CAR-077"), Hearings = [] };
        var family = CaseFacts.Of(new PlacementFacts(placement with { Minors = [minor with { SiblingGroup = group }] }, plan), new PlacementFacts(hisPlacement, plan));
        foreach (var finding in evaluator.Evaluate(family, asOf).WithCode(RuleCodes.SiblingsSeparated))
        {
            output.WriteLine($"{finding.Severity} {finding.Code}: {finding.Message.English}");
        }

        // An invalid input is answered with validation failures (path, stable code, message), never an exception.
        var invalid = evaluator.Evaluate(placement, plan with { VerificationCadence = Period.FromMonths(1) - Period.FromDays(29) }, asOf);
        foreach (var failure in invalid.ValidationFailures)
        {
            output.WriteLine($"{failure.PropertyName} [{failure.ErrorCode}]");
        }

        var verifications = VerificationSchedule.For(placement, plan, asOf);
        output.WriteLine($"Verification due {verifications.NextDue:uuuu-MM-dd}, overdue since {verifications.OverdueSince:uuuu-MM-dd}");
        foreach (var entry in verifications.Calendar(new LocalDate(2026, 1, 31)))
        {
            output.WriteLine($"  {entry.Due:uuuu-MM-dd} {entry.Status}{(entry.HeldOn is { } held ? $" on {held:uuuu-MM-dd}" : "")}");
        }
        var reports = CourtReportSchedule.For(placement, asOf);
        output.WriteLine($"Report to the {reports.Authority} due {reports.NextDue:uuuu-MM-dd}");
        // README:end
    }
}

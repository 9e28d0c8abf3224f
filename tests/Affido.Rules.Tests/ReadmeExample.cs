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

        var rules = new PlacementRules(DistrictPolicy.Default);
        var asOf = new LocalDate(2025, 8, 1);
        var evaluation = rules.Evaluate(placement, plan, asOf);
        foreach (var finding in evaluation.Findings)
        {
            output.WriteLine($"{finding.Severity} {finding.Code} [{finding.Source}]{(finding.Dates.IsEmpty ? "" : " " + string.Join(", ", finding.Dates))}");
            output.WriteLine($"  en: {finding.Message.English}");
            output.WriteLine($"  it: {finding.Message.Italian}");
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

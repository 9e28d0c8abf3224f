using Affido.Domain;
using Affido.Matching;
using Affido.Matching.Planning;
using Affido.Rules;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Affido.ConsumerTest;

/// <summary>An integrator's scenario on a real container: register both packages, evaluate a placement, search an index, plan.</summary>
public class RulesAndMatchingScenarioTests
{
    private static readonly LocalDate Today = new(2026, 3, 1);
    private static readonly Province Milano = new("015", "MI", "Milano", Region.Lombardy);
    private static readonly Municipality Rozzano = new(new IstatCode("015189"), "Rozzano", Milano, new DistrictCode("visconteo-sud-milano"));
    private static readonly Municipality Opera = new(new IstatCode("015159"), "Opera", Milano, new DistrictCode("visconteo-sud-milano"));
    private static readonly Municipality Bresso = new(new IstatCode("015032"), "Bresso", Milano, new DistrictCode("cinisello-balsamo"));

    private static ServiceProvider Services() => new ServiceCollection()
        .AddAffidoDomain(SystemClock.Instance) // the application picks the clock; the packages register none
        .AddAffidoRules(policy => policy with { MonthlyContributionFullTime = 500m })
        .AddAffidoMatching()
        .BuildServiceProvider();

    private static FosterCarer Carer(string code, Municipality town, int places = 1, AssessmentStatus status = AssessmentStatus.Approved) =>
        DomainScenarioTests.Carer(code, status) with
        {
            Municipality = town,
            Availability = new Availability
            {
                Forms = [PlacementForm.Ordinary],
                Arrangements = [TimeArrangement.FullTime],
                Ages = new AgeRange(0, 12),
                Places = places,
                AcceptedNeeds = NeedProfile.None,
                From = new LocalDate(2025, 2, 1),
            },
        };

    private static MatchRequest Request(string id, params Minor[] minors) =>
        new MatchRequest
        {
            Id = id,
            Minors = [.. minors],
            Form = PlacementForm.Ordinary,
            Arrangement = TimeArrangement.FullTime,
            ExpectedStart = new LocalDate(2026, 3, 16),
            ExpectedDuration = Period.FromMonths(12),
            FamilyOfOrigin = Rozzano,
        };

    private static Minor Child(string code, int birthYear, SiblingGroupId? group = null) => new Minor
    {
        Code = new MinorCode(code),
        BirthDate = new LocalDate(birthYear, 5, 1),
        Sex = Sex.Female,
        Languages = [LanguageCode.Italian],
        SiblingGroup = group,
    };

    [Fact]
    public void Rules_from_the_container_find_the_missing_decree_and_use_the_configured_policy()
    {
        using var services = Services();
        var rules = services.GetRequiredService<RuleEvaluator>();
        Assert.Equal(500m, services.GetRequiredService<DistrictPolicy>().MonthlyContributionFullTime);

        var start = new LocalDate(2026, 1, 15);
        var placement = new Placement
        {
            Minors = [Child("M1", 2016)],
            Carer = new CarerCode("C1"),
            FamilyOfOrigin = new FamilyOfOrigin(Rozzano),
            LegalBasis = LegalBasis.Consensual,
            Relationship = Relationship.NonKinship,
            Arrangement = TimeArrangement.FullTime,
            Form = PlacementForm.Ordinary,
            Start = start,
            Consents = [new WrittenConsent(ConsentParty.Parents, start.PlusDays(-10))],
            Commitment = new CarerCommitment(start.PlusDays(-5)),
        };
        var plan = new PlacementPlan
        {
            PresumedDuration = Period.FromMonths(12),
            Goals = "Rientro in famiglia.",
            ContactArrangements = "Incontri settimanali.",
            FamilyOfOriginCommitments = "Sostegno.",
            CarerCommitments = "Cura quotidiana.",
            SocialServiceCommitments = "Coordinamento.",
            VerificationCadence = Period.FromMonths(3),
            FosterCareServiceCommitments = "Sostegno agli affidatari.",
            ConsentOrDecreeReference = "GT 1/2026",
            Signatures = [new PlanSignature(Signatory.SocialService, start), new PlanSignature(Signatory.Carers, start), new PlanSignature(Signatory.FosterCareService, start)],
        };

        var evaluation = rules.Evaluate(placement, plan, Today);

        Assert.True(evaluation.IsValid, string.Join("; ", evaluation.ValidationFailures));
        var finding = Assert.Single(evaluation.WithCode("decree.guardianship-judge.missing"));
        Assert.Equal(Affido.Rules.Severity.Error, finding.Severity);
        Assert.Contains("L. 184/1983 art. 4", finding.Source.Citation, StringComparison.Ordinal);
        Assert.Equal(500m, services.GetRequiredService<ContributionCalculator>().MonthlyAmountFor(placement));
        Assert.Equal(new LocalDate(2026, 4, 15), VerificationSchedule.For(placement, plan, Today).NextDue);
    }

    [Fact]
    public void The_index_from_the_container_ranks_explains_and_counts_exclusions()
    {
        using var services = Services();
        var index = services.GetRequiredService<CarerIndexFactory>().Build(
        [
            Carer("C-ROZZANO", Rozzano),
            Carer("C-BRESSO", Bresso),
            Carer("C-SUSPENDED", Rozzano, status: AssessmentStatus.Suspended),
        ]);
        var request = Request("R1", Child("M1", 2016));
        Assert.True(services.GetRequiredService<IValidator<MatchRequest>>().Validate(request).IsValid);

        var result = index.Search(request, 10);

        Assert.Equal(["C-ROZZANO", "C-BRESSO"], result.Candidates.Select(c => c.Carer.Value));
        Assert.True(result.Candidates[0].Score > result.Candidates[1].Score);
        Assert.All(result.Candidates, c => Assert.InRange(c.Score, 0.0, 1.0));
        Assert.Equal(1, result.ExclusionCountOf(HardFilter.Status));
        Assert.Equal([HardFilter.Status], index.Explain(request, new CarerCode("C-SUSPENDED")).FailedFilters);
    }

    [Fact]
    public void The_planner_keeps_siblings_together_on_a_carer_with_enough_places()
    {
        using var services = Services();
        var index = services.GetRequiredService<CarerIndexFactory>().Build([Carer("C-ONE", Rozzano), Carer("C-TWO", Opera, places: 2)]);
        var group = new SiblingGroupId("G1");
        PlanningRequest[] waiting =
        [
            new(Request("single", Child("M1", 2016))),
            new(Request("siblings", Child("M2", 2015, group), Child("M3", 2018, group))),
        ];

        var plan = PlacementPlanner.Plan(waiting, index);

        Assert.Equal(3, plan.PlacedMinors);
        Assert.Equal("C-TWO", plan.Placements.Single(p => p.RequestId == "siblings").Carer.Value);
        Assert.Empty(plan.Unplaced);
    }
}

using Affido.Domain;
using Affido.Matching.Tests.Support;
using NodaTime;

namespace Affido.Matching.Tests;

/// <summary>The code of the README's "Matching" section, kept compiling and passing here.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void The_readme_search_and_explanation_work()
    {
        // --- README begins
        var lombardy = Region.Lombardy;
        var milano = new Province("015", "MI", "Milano", lombardy);
        var rho = new Municipality(new IstatCode("015182"), "Rho", milano, new DistrictCode("MI-RHO"));
        var pero = new Municipality(new IstatCode("015170"), "Pero", milano, new DistrictCode("MI-RHO"));
        var service = new FosterCareService("Servizio affidi Rhodense", "Via Meda 20, Rho", "02 000000", "affidi@example.org");
        var start = new LocalDate(2026, 9, 1);

        FosterCarer Carer(string code, Municipality place, AssessmentStatus status, int places) => new FosterCarer
        {
            Code = new CarerCode(code),
            Municipality = place,
            Household = new Household(HouseholdType.Couple),
            Experience = new Experience(PreviousPlacements: 2, TrainingHours: 30),
            Status = status,
            DataProcessingConsent = new DataProcessingConsent(new LocalDate(2025, 1, 10)),
            Service = service,
            Availability = new Availability
            {
                Forms = [PlacementForm.Ordinary],
                Arrangements = [TimeArrangement.FullTime],
                Ages = new AgeRange(3, 12),
                Places = places,
                AcceptedNeeds = NeedProfile.Of((NeedCategory.Trauma, NeedLevel.Medium)),
                From = new LocalDate(2026, 1, 1),
            },
            WaitingSince = new LocalDate(2025, 6, 1),
            Languages = [LanguageCode.Italian],
        };

        var index = CarerIndex.Build(
        [
            Carer("FA-0001", rho, AssessmentStatus.Approved, places: 2),
            Carer("FA-0002", pero, AssessmentStatus.Approved, places: 2),
            Carer("FA-0003", pero, AssessmentStatus.Suspended, places: 2),
            Carer("FA-0004", pero, AssessmentStatus.Approved, places: 1),
        ]);

        var group = new SiblingGroupId("SG-12");
        var request = new MatchRequest
        {
            Id = "2026/0457",
            Minors = [
                new Minor
                {
                    Code = new MinorCode("MN-881"),
                    BirthDate = new LocalDate(2017, 4, 3),
                    Sex = Sex.Female,
                    SiblingGroup = group,
                    Languages = [LanguageCode.Italian],
                    Needs = NeedProfile.Of((NeedCategory.Trauma, NeedLevel.Low)),
                },
                new Minor
                {
                    Code = new MinorCode("MN-882"),
                    BirthDate = new LocalDate(2019, 11, 20),
                    Sex = Sex.Male,
                    SiblingGroup = group,
                },
            ],
            Form = PlacementForm.Ordinary,
            Arrangement = TimeArrangement.FullTime,
            ExpectedStart = start,
            ExpectedDuration = Period.FromMonths(24),
            FamilyOfOrigin = rho,
            Protection = ProtectionConstraint.NotSameMunicipality,
        };

        var validation = new MatchRequestValidator().Validate(request);   // check before searching
        MatchResult result = index.Search(request, top: 10);
        foreach (var candidate in result.Candidates)
        {
            Console.WriteLine($"{candidate.Rank}. {candidate.Carer} {candidate.Score:F3}");
            foreach (var line in candidate.Breakdown.Where(l => l.Weight > 0))
            {
                Console.WriteLine($"     {line.Criterion,-22} {line.Score:F2} × {line.Weight}");
            }
        }

        foreach (var exclusion in result.Exclusions.Where(e => e.Count > 0))
        {
            Console.WriteLine($"excluded by {exclusion.ReasonCode}: {exclusion.Count}");   // carer.protection.too-close: 1, ...
        }

        MatchExplanation why = index.Explain(request, new CarerCode("FA-0003"));
        Console.WriteLine(string.Join(", ", why.FailedFilters.Select(f => HardFilters.Of(f).Label.Italian)));   // non idonea (o ancora in valutazione)

        var decision = MatchDecision.From(result, new CarerCode("FA-0002"), decidedOn: start.PlusDays(-20));
        var decisionCheck = new MatchDecisionValidator().Validate(decision);   // valid: FA-0002 was first
        // --- README ends

        Assert.True(validation.IsValid);
        Assert.Equal(["FA-0002"], result.Candidates.Select(c => c.Carer.Value));
        Assert.Equal(1, result.ExclusionCountOf(HardFilter.Protection));
        Assert.Equal(1, result.ExclusionCountOf(HardFilter.Status));
        Assert.Equal(1, result.ExclusionCountOf(HardFilter.Places));
        Assert.Equal([HardFilter.Status], why.FailedFilters.ToList());
        Assert.Equal(1.0, result.Candidates[0].Breakdown[(int)Criterion.Language].Score);   // the minors' language, no copying
        Assert.True(decisionCheck.IsValid);
    }

    [Fact]
    public void The_readme_shows_this_code()
    {
        string[] source = RepositoryFiles.Read("tests", "Affido.Matching.Tests", "ReadmeExampleTests.cs").Split('\n');
        int begin = Array.FindIndex(source, l => l.Trim() == "// --- README begins");
        int end = Array.FindIndex(source, l => l.Trim() == "// --- README ends");
        string[] lines = source[(begin + 1)..end];
        int indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        string code = string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.Trim()));
        string readme = RepositoryFiles.Read("src", "Affido.Matching", "README.md");
        Assert.Contains("```csharp\n" + code + "\n```", readme, StringComparison.Ordinal);
    }
}

using Affido.Domain;
using Affido.Matching.Tests.Support;
using Affido.TestSupport.Matching;
using NodaTime;
using static Affido.Matching.Tests.Support.Fixtures;

namespace Affido.Matching.Tests.Filters;

/// <summary>One example per hard filter, at its boundary, checked on both matchers and on Explain.</summary>
public sealed class HardFilterExamples
{
    private static readonly SiblingGroupId Group = new("S1");

    private static void AssertExcludedOnlyBy(FosterCarer carer, MatchRequest request, HardFilter filter)
    {
        FosterCarer[] registry = [carer, EligibleCarer("OK")];
        Assert.Equal(["OK"], Matchers.Both(registry, request));
        var explanation = CarerIndex.Build(registry).Explain(request, carer.Code);
        Assert.Equal([filter], explanation.FailedFilters.ToList());
        Assert.Equal(1, Matchers.Reference.Search(registry, request, 10).ExclusionCountOf(filter));
        Assert.False(HardFilters.SpecificationOf(filter, request).IsSatisfiedBy(carer));
        Assert.False(HardFilters.Prefilter(request).IsSatisfiedBy(carer));
    }

    private static void AssertEligible(FosterCarer carer, MatchRequest request)
    {
        Assert.Equal([carer.Code.Value], Matchers.Both([carer], request));
        Assert.True(CarerIndex.Build([carer]).Explain(request, carer.Code).IsEligible);
        Assert.True(HardFilters.Prefilter(request).IsSatisfiedBy(carer));
    }

    [Fact]
    public void Status_approved_is_eligible() => AssertEligible(EligibleCarer("A"), Example());

    [Theory]
    [InlineData(AssessmentStatus.Suspended)]
    [InlineData(AssessmentStatus.Withdrawn)]
    [InlineData(AssessmentStatus.InAssessment)]
    public void Status_not_approved_never_appears(AssessmentStatus status)
        => AssertExcludedOnlyBy(EligibleCarer("A") with { Status = status }, Example(), HardFilter.Status);

    [Fact]
    public void Status_in_assessment_appears_only_when_the_request_allows_it()
        => AssertEligible(EligibleCarer("A") with { Status = AssessmentStatus.InAssessment }, Example() with { IncludeInAssessment = true });

    [Theory]
    [InlineData(AssessmentStatus.Suspended)]
    [InlineData(AssessmentStatus.Withdrawn)]
    public void Status_suspended_or_withdrawn_never_appear_even_when_in_assessment_is_allowed(AssessmentStatus status)
        => AssertExcludedOnlyBy(EligibleCarer("A") with { Status = status }, Example() with { IncludeInAssessment = true }, HardFilter.Status);

    [Fact]
    public void Consent_missing_never_appears()
        => AssertExcludedOnlyBy(EligibleCarer("A") with { DataProcessingConsent = null }, Example(), HardFilter.Consent);

    [Fact]
    public void Availability_from_the_start_day_is_eligible()
        => AssertEligible(EligibleCarer("A").WithAvailability(a => a with { From = Start }), Example());

    [Fact]
    public void Availability_from_the_day_after_the_start_is_excluded()
        => AssertExcludedOnlyBy(EligibleCarer("A").WithAvailability(a => a with { From = Start.PlusDays(1) }), Example(), HardFilter.Availability);

    [Fact]
    public void Availability_until_the_start_day_is_eligible()
        => AssertEligible(EligibleCarer("A").WithAvailability(a => a with { Until = Start }), Example());

    [Fact]
    public void Availability_until_the_day_before_the_start_is_excluded()
        => AssertExcludedOnlyBy(EligibleCarer("A").WithAvailability(a => a with { Until = Start.PlusDays(-1) }), Example(), HardFilter.Availability);

    [Fact]
    public void Form_not_accepted_is_excluded()
        => AssertExcludedOnlyBy(EligibleCarer("A").WithAvailability(a => a with { Forms = [PlacementForm.Emergency] }), Example(), HardFilter.FormAndArrangement);

    [Fact]
    public void Arrangement_not_accepted_is_excluded()
        => AssertExcludedOnlyBy(EligibleCarer("A").WithAvailability(a => a with { Arrangements = [TimeArrangement.PartTime] }), Example(), HardFilter.FormAndArrangement);

    [Fact]
    public void Places_a_sibling_group_of_three_never_goes_to_a_carer_with_two_places()
    {
        var request = Example(Child("M1", 4, Group), Child("M2", 6, Group), Child("M3", 9, Group));
        AssertExcludedOnlyBy(EligibleCarer("A").WithAvailability(a => a with { Places = 2 }), request, HardFilter.Places);
    }

    [Fact]
    public void Places_a_sibling_group_of_three_goes_to_a_carer_with_three_places()
    {
        var request = Example(Child("M1", 4, Group), Child("M2", 6, Group), Child("M3", 9, Group));
        AssertEligible(EligibleCarer("A").WithAvailability(a => a with { Places = 3 }), request);
    }

    [Fact]
    public void Age_range_is_checked_on_the_expected_start_birthday_included()
    {
        // The minor turns 7 on the expected start: a carer accepting 0-6 is excluded from that day, one accepting 7-17 is not.
        var minor = new Minor { Code = new MinorCode("M1"), BirthDate = Start.PlusYears(-7), Sex = Sex.Male };
        var request = Example(minor);
        AssertExcludedOnlyBy(EligibleCarer("A").WithAvailability(a => a with { Ages = new AgeRange(0, 6) }), request, HardFilter.AgeRange);
        AssertEligible(EligibleCarer("B").WithAvailability(a => a with { Ages = new AgeRange(7, 17) }), request);
    }

    [Fact]
    public void Age_range_the_day_before_the_seventh_birthday_the_minor_is_six()
    {
        var minor = new Minor { Code = new MinorCode("M1"), BirthDate = Start.PlusYears(-7).PlusDays(1), Sex = Sex.Male };
        AssertExcludedOnlyBy(EligibleCarer("A").WithAvailability(a => a with { Ages = new AgeRange(7, 17) }), Example(minor), HardFilter.AgeRange);
    }

    [Fact]
    public void Age_range_must_accept_every_sibling()
    {
        var request = Example(Child("M1", 3, Group), Child("M2", 12, Group));
        AssertExcludedOnlyBy(EligibleCarer("A").WithAvailability(a => a with { Ages = new AgeRange(0, 10) }), request, HardFilter.AgeRange);
    }

    [Fact]
    public void Needs_accepted_at_the_same_level_is_eligible()
    {
        var request = Example(Child("M1", 9, needs: NeedProfile.Of((NeedCategory.Trauma, NeedLevel.Medium))));
        AssertEligible(EligibleCarer("A").WithAvailability(a => a with { AcceptedNeeds = NeedProfile.Of((NeedCategory.Trauma, NeedLevel.Medium)) }), request);
    }

    [Fact]
    public void Needs_accepted_one_level_lower_is_excluded()
    {
        var request = Example(Child("M1", 9, needs: NeedProfile.Of((NeedCategory.Trauma, NeedLevel.Medium))));
        AssertExcludedOnlyBy(EligibleCarer("A").WithAvailability(a => a with { AcceptedNeeds = NeedProfile.Of((NeedCategory.Trauma, NeedLevel.Low)) }), request, HardFilter.Needs);
    }

    [Fact]
    public void Needs_of_a_group_are_the_highest_level_among_the_siblings()
    {
        var request = Example(
            Child("M1", 5, Group, NeedProfile.Of((NeedCategory.Health, NeedLevel.High))),
            Child("M2", 8, Group, NeedProfile.Of((NeedCategory.Learning, NeedLevel.Low))));
        Assert.Equal(NeedProfile.Of((NeedCategory.Health, NeedLevel.High), (NeedCategory.Learning, NeedLevel.Low)), request.Needs);
        AssertExcludedOnlyBy(
            EligibleCarer("A").WithAvailability(a => a with { AcceptedNeeds = NeedProfile.AllHigh.With(NeedCategory.Learning, NeedLevel.None) }),
            request,
            HardFilter.Needs);
    }

    [Fact]
    public void Protection_excludes_the_family_of_origins_municipality()
    {
        var request = Example() with { Protection = ProtectionConstraint.NotSameMunicipality };
        AssertExcludedOnlyBy(EligibleCarer("A") with { Municipality = request.FamilyOfOrigin }, request, HardFilter.Protection);
    }

    [Fact]
    public void Protection_by_municipality_allows_the_same_district()
    {
        var request = Example() with { Protection = ProtectionConstraint.NotSameMunicipality };
        var sameDistrict = Town(1);
        Assert.Equal(request.FamilyOfOrigin.District, sameDistrict.District);
        AssertEligible(EligibleCarer("A") with { Municipality = sameDistrict }, request);
    }

    [Fact]
    public void Protection_by_district_excludes_the_whole_district()
    {
        var request = Example() with { Protection = ProtectionConstraint.NotSameDistrict };
        AssertExcludedOnlyBy(EligibleCarer("A") with { Municipality = Town(1) }, request, HardFilter.Protection);
        AssertEligible(EligibleCarer("B") with { Municipality = Town(5) }, request);
    }

    [Fact]
    public void Protection_by_district_excludes_a_carer_whose_district_is_unknown()
    {
        var request = Example() with { Protection = ProtectionConstraint.NotSameDistrict };
        AssertExcludedOnlyBy(EligibleCarer("A") with { Municipality = Town(5) with { District = null } }, request, HardFilter.Protection);
    }

    [Fact]
    public void Kinship_request_returns_only_relatives_within_the_fourth_degree()
    {
        var request = Example() with { KinshipOnly = true };
        var grandparent = EligibleCarer("G") with { Relatives = [new Relative(new PersonCode("M1"), 2)] };
        var fourth = EligibleCarer("F") with { Relatives = [new Relative(new PersonCode("M1"), 4, KinshipKind.Affinity)] };
        var fifth = EligibleCarer("X") with { Relatives = [new Relative(new PersonCode("M1"), 5)] };
        var otherChild = EligibleCarer("Y") with { Relatives = [new Relative(new PersonCode("M9"), 1)] };
        var stranger = EligibleCarer("Z");
        Assert.Equal(["G", "F"], Matchers.Both([grandparent, fourth, fifth, otherChild, stranger], request));
        Assert.Equal([HardFilter.Kinship], CarerIndex.Build([fifth]).Explain(request, fifth.Code).FailedFilters.ToList());
    }

    [Fact]
    public void Kinship_in_a_normal_search_relatives_rank_first()
    {
        var uncle = EligibleCarer("Z-UNCLE") with { Relatives = [new Relative(new PersonCode("M1"), 3)] };
        Assert.Equal(["Z-UNCLE", "A"], Matchers.Both([EligibleCarer("A"), uncle], Example()));
    }

    [Theory]
    [InlineData(1, KinshipKind.Blood)]
    [InlineData(4, KinshipKind.Blood)]
    [InlineData(2, KinshipKind.Affinity)]
    [InlineData(4, KinshipKind.Affinity)]
    public void Conflict_of_interest_a_relative_within_the_fourth_degree_of_the_judge_is_excluded(int degree, KinshipKind kind)
    {
        var request = Example() with { ConflictingPersons = [new PersonCode("JUDGE-7"), new PersonCode("SW-2")] };
        var carer = EligibleCarer("A") with { Relatives = [new Relative(new PersonCode("JUDGE-7"), degree, kind)] };
        AssertExcludedOnlyBy(carer, request, HardFilter.ConflictOfInterest);
    }

    [Fact]
    public void Conflict_of_interest_a_fifth_degree_relative_is_not_excluded()
    {
        var request = Example() with { ConflictingPersons = [new PersonCode("JUDGE-7")] };
        AssertEligible(EligibleCarer("A") with { Relatives = [new Relative(new PersonCode("JUDGE-7"), 5)] }, request);
    }

    [Fact]
    public void Conflict_of_interest_also_excludes_a_relative_of_the_minor()
    {
        // A carer who is both the child's aunt and the social worker's sister is still excluded (art. 2 c. 1.1 applies to all carers).
        var request = Example() with { ConflictingPersons = [new PersonCode("SW-2")] };
        var carer = EligibleCarer("A") with { Relatives = [new Relative(new PersonCode("M1"), 3), new Relative(new PersonCode("SW-2"), 2)] };
        AssertExcludedOnlyBy(carer, request, HardFilter.ConflictOfInterest);
    }

    [Fact]
    public void Exclusions_are_counted_under_the_first_failing_filter_and_explain_lists_all()
    {
        var carer = (EligibleCarer("A") with { Status = AssessmentStatus.Suspended, Municipality = Town(0) })
            .WithAvailability(a => a with { Places = 0 });
        var request = Example() with { Protection = ProtectionConstraint.NotSameMunicipality };
        var result = CarerIndex.Build([carer]).Search(request, 10);
        Assert.Equal(1, result.ExclusionCountOf(HardFilter.Status));
        Assert.Equal(0, result.ExclusionCountOf(HardFilter.Places));
        Assert.Equal(
            [HardFilter.Status, HardFilter.Places, HardFilter.Protection],
            CarerIndex.Build([carer]).Explain(request, carer.Code).FailedFilters.ToList());
    }

    [Fact]
    public void A_carer_without_consent_is_counted_and_explained_under_consent_only()
    {
        // Suspended, no places, in the family's town: none of it is processed without consent (Reg. art. 13; GDPR art. 6).
        var carer = EligibleCarer("A") with { Status = AssessmentStatus.Suspended, DataProcessingConsent = null, Municipality = Town(0) };
        var request = Example() with { Protection = ProtectionConstraint.NotSameMunicipality };
        var index = CarerIndex.Build([carer]);
        Assert.Equal(1, index.Search(request, 10).ExclusionCountOf(HardFilter.Consent));
        var explanation = index.Explain(request, carer.Code);
        Assert.Equal([HardFilter.Consent], explanation.FailedFilters.ToList());
        Assert.False(explanation.IsSearchable);
        Assert.Null(explanation.Score);
        Assert.True(explanation.Breakdown.IsEmpty);
        Assert.Equal(explanation, Matchers.Reference.Explain(carer, request));
    }

    [Fact]
    public void Filters_come_in_the_documented_order()
        => Assert.Equal(Enum.GetValues<HardFilter>(), ReferenceMatcher.Filters(Example()).Select(f => f.Filter));

    [Fact]
    public void Explain_of_an_unknown_code_says_so()
    {
        var explanation = CarerIndex.Build([EligibleCarer("A")]).Explain(Example(), new CarerCode("NOPE"));
        Assert.False(explanation.IsInRegistry);
        Assert.False(explanation.IsEligible);
    }

    [Fact]
    public void Ties_are_broken_by_carer_code_ordinal()
    {
        // Identical carers: lower-case sorts after upper-case in ordinal order.
        FosterCarer[] registry = [EligibleCarer("b"), EligibleCarer("B"), EligibleCarer("a"), EligibleCarer("A")];
        Assert.Equal(["A", "B", "a", "b"], Matchers.Both(registry, Example()));
    }

    [Fact]
    public void Top_zero_returns_no_candidate_but_counts_exclusions()
    {
        var result = CarerIndex.Build([EligibleCarer("A"), EligibleCarer("B") with { DataProcessingConsent = null }]).Search(Example(), 0);
        Assert.Empty(result.Candidates);
        Assert.Equal(1, result.Eligible);
        Assert.Equal(1, result.ExclusionCountOf(HardFilter.Consent));
    }

    [Fact]
    public void Expected_duration_is_used_for_the_end()
        => Assert.Equal(new LocalDate(2027, 3, 2), Example().ExpectedEnd);
}

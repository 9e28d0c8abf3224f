using Affido.Domain;
using Affido.TestSupport;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.Domain.Tests.Kinship;

public sealed class KinshipCalculatorTests
{
    // G is the common grandparent of the first cousins C1 and C2 (children of the siblings P1 and P2).
    // D2 is C2's child (5th degree from C1). S1 is P1's spouse, SP is S1's parent, SB is S1's sibling and T is SB's spouse.
    // W is C1's spouse. H1 and H2 are half-siblings through X.
    private static readonly PersonCode G = P("G"), P1 = P("P1"), P2 = P("P2"), C1 = P("C1"), C2 = P("C2"), D2 = P("D2"),
        S1 = P("S1"), SP = P("SP"), SB = P("SB"), T = P("T"), W = P("W"), X = P("X"), H1 = P("H1"), H2 = P("H2"), Stranger = P("N");

    private static PersonCode P(string code) => new(code);

    private static readonly KinshipCalculator Family = new(
    [
        DeclaredRelation.Parent(G, P1), DeclaredRelation.Parent(G, P2),
        DeclaredRelation.Parent(P1, C1), DeclaredRelation.Parent(P2, C2), DeclaredRelation.Parent(C2, D2),
        DeclaredRelation.Spouses(P1, S1), DeclaredRelation.Parent(SP, S1), DeclaredRelation.Parent(SP, SB), DeclaredRelation.Spouses(SB, T),
        DeclaredRelation.Spouses(C1, W),
        DeclaredRelation.Parent(X, H1), DeclaredRelation.Parent(X, H2),
    ]);

    [Theory]
    [InlineData("P1", "G", 1)]
    [InlineData("C1", "G", 2)]
    [InlineData("G", "D2", 3)]
    [InlineData("P1", "P2", 2)]
    [InlineData("C1", "P2", 3)]
    [InlineData("C1", "C2", 4)]
    [InlineData("C1", "D2", 5)]
    [InlineData("H1", "H2", 2)]
    public void Blood_degrees_count_generations_up_to_the_common_ancestor_and_down_art_76(string one, string other, int degree)
    {
        Assert.Equal(degree, Family.BloodDegree(P(one), P(other)));
        Assert.Equal(degree, Family.BloodDegree(P(other), P(one)));
    }

    [Fact]
    public void Unrelated_persons_spouses_and_oneself_have_no_blood_degree()
    {
        Assert.Null(Family.BloodDegree(C1, Stranger));
        Assert.Null(Family.BloodDegree(P1, S1));
        Assert.Null(Family.BloodDegree(C1, C1));
    }

    [Theory]
    [InlineData("P1", "SP", 1)] // the spouse's parent
    [InlineData("P1", "SB", 2)] // the spouse's sibling
    [InlineData("SB", "P1", 2)]
    [InlineData("W", "C2", 4)]  // the spouse's first cousin
    [InlineData("W", "G", 2)]   // the spouse's grandparent
    [InlineData("T", "S1", 2)]  // the sibling's spouse
    public void Affinity_is_the_spouses_blood_degree_art_78(string one, string other, int degree)
    {
        Assert.Equal(degree, Family.AffinityDegree(P(one), P(other)));
        Assert.Equal(degree, Family.AffinityDegree(P(other), P(one)));
    }

    [Fact]
    public void Spouses_are_not_affines_and_affines_of_affines_are_not_affines()
    {
        Assert.Null(Family.AffinityDegree(P1, S1));
        Assert.Null(Family.AffinityDegree(P1, T));
        Assert.Null(Family.Relation(P1, T));
    }

    [Fact]
    public void Relation_prefers_the_lower_degree_then_blood()
    {
        Assert.Equal(new Relative(C2, 4, KinshipKind.Blood), Family.Relation(C1, C2));
        Assert.Equal(new Relative(SB, 2, KinshipKind.Affinity), Family.Relation(P1, SB));
    }

    [Fact]
    public void Relatives_within_the_4th_degree_include_first_cousins_and_exclude_the_5th_degree()
    {
        var relatives = Family.RelativesOf(C1);
        Assert.Contains(new Relative(C2, 4, KinshipKind.Blood), relatives);
        Assert.DoesNotContain(relatives, r => r.Person == D2);
        Assert.DoesNotContain(relatives, r => r.Person == C1 || r.Person == W);
        Assert.Contains(new Relative(D2, 5, KinshipKind.Blood), Family.RelativesOf(C1, maxDegree: 5));
    }

    [Fact]
    public void Relatives_include_in_laws_both_ways()
    {
        var ofP1 = Family.RelativesOf(P1);
        Assert.Contains(new Relative(SP, 1, KinshipKind.Affinity), ofP1);
        Assert.Contains(new Relative(SB, 2, KinshipKind.Affinity), ofP1);
        Assert.Contains(new Relative(W, 3, KinshipKind.Affinity), Family.RelativesOf(P2)); // the nephew's spouse
        Assert.Contains(new Relative(C2, 4, KinshipKind.Affinity), Family.RelativesOf(W));
        Assert.DoesNotContain(Family.RelativesOf(W), r => r.Person == D2);
    }

    [Fact]
    public void Relatives_are_ordered_by_degree_then_kind_then_code()
    {
        var relatives = Family.RelativesOf(C1);
        var ordered = relatives.OrderBy(r => r.Degree).ThenBy(r => r.Kind).ThenBy(r => r.Person).ToArray();
        Assert.Equal(ordered, relatives.ToArray());
        Assert.Equal(new Relative(P1, 1), relatives[0]);
    }

    [Fact]
    public void A_carer_with_computed_relatives_answers_kinship_questions()
    {
        var relatives = Family.RelativesOf(C1);
        Assert.Equal(4, relatives.Single(r => r.Person == C2).Degree);
        Assert.True(relatives.Single(r => r.Person == C2).IsWithinFourthDegree);
    }

    [Fact]
    public void Declarations_relating_a_person_to_themselves_are_programming_errors()
    {
        Assert.Throws<ArgumentException>(() => new KinshipCalculator([DeclaredRelation.Parent(G, G)]));
        Assert.Throws<ArgumentNullException>(() => new KinshipCalculator(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => Family.RelativesOf(C1, 0));
    }

    [Fact]
    public void Cyclic_declarations_do_not_loop()
    {
        var cyclic = new KinshipCalculator([DeclaredRelation.Parent(G, P1), DeclaredRelation.Parent(P1, G)]);
        Assert.Equal(1, cyclic.BloodDegree(G, P1));
        Assert.Single(cyclic.RelativesOf(G));
    }

    [Property(MaxTest = 200)]
    public Property Along_a_line_of_descent_the_degree_is_the_number_of_generations_and_cousins_add_both_sides()
    {
        var gen =
            from up in Gen.Choose(1, 8)
            from down in Gen.Choose(0, 8)
            select (up, down);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            // A common ancestor "A"; one line of t.up generations to "L{i}", another of t.down generations to "R{i}".
            var relations = new List<DeclaredRelation>();
            var left = P("A");
            for (int i = 1; i <= t.up; i++)
            {
                relations.Add(DeclaredRelation.Parent(left, P($"L{i}")));
                left = P($"L{i}");
            }
            var right = P("A");
            for (int i = 1; i <= t.down; i++)
            {
                relations.Add(DeclaredRelation.Parent(right, P($"R{i}")));
                right = P($"R{i}");
            }
            var calculator = new KinshipCalculator(relations);
            int degree = t.up + t.down;
            bool listed = calculator.RelativesOf(left, maxDegree: 20).Any(r => r.Person == right && r.Degree == degree);
            bool within = calculator.RelativesOf(left).Any(r => r.Person == right);
            return calculator.BloodDegree(left, right) == degree
                && calculator.BloodDegree(right, left) == degree
                && listed
                && within == (degree <= Relative.MaxRelevantDegree);
        });
    }
}

using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;

namespace Affido.EntityFrameworkCore;

/// <summary>
/// The hard filters of a search as one Ardalis specification that EF Core translates entirely to SQL, over the
/// registry mapped by <see cref="RegistryModelBuilderExtensions.ApplyAffidoRegistry"/>: <c>registry.Carers.WithSpecification(new CarerPreFilter(request))</c>
/// keeps exactly the carers the in-memory filters keep (<see cref="CarerIndex.Explain"/> lists no failing filter),
/// so a <see cref="CarerIndex"/> built from the result ranks only those.
/// </summary>
/// <remarks>
/// <para>One <c>Where</c> per hard filter, in the order of <see cref="HardFilters.All"/> (Affido.Matching's table of
/// filters, which also gives each its reason code and legal source). These are the storage forms of the same
/// conditions as <see cref="HardFilters.Prefilter"/>: the lists of the model are stored as canonical JSON text here, so
/// "holds X" becomes a substring test the providers translate:</para>
/// <list type="bullet">
/// <item><description>Status, consent, availability, places, ages: plain comparisons of columns.</description></item>
/// <item><description>Needs: for each category the minors need, <c>(accepted &amp; mask) &gt;= level</c> on the packed column.</description></item>
/// <item><description>Protection: municipality and district codes compared as text; a blank district is any text made of
/// Unicode white space only (the model's <c>IsEmpty</c>), tested with <c>trim</c>.</description></item>
/// <item><description>Form and arrangement, kinship, conflict of interest: the lists are canonical JSON, and "holds X" is an
/// exact, case-sensitive substring test the provider performs (<c>instr</c> on SQLite, <c>strpos</c> on PostgreSQL).</description></item>
/// </list>
/// <para>The expressions also run in memory (<c>IsSatisfiedBy</c>, <c>Evaluate</c>) with the same result, through the
/// canonical text of each column. Validate the request first (<see cref="MatchRequestValidator"/>): like the search,
/// the pre-filter assumes a valid request.</para>
/// </remarks>
public sealed class CarerPreFilter : Specification<FosterCarer>
{
    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> accepts: a code made only of these is blank.</summary>
    private static readonly char[] WhiteSpace =
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray();

    private static readonly MethodInfo TrimMethod = typeof(string).GetMethod(nameof(string.Trim), [typeof(char[])])!;

    /// <summary>Builds the pre-filter of <paramref name="request"/>.</summary>
    /// <param name="request">The search (valid: see <see cref="MatchRequestValidator"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="request"/> lacks what a search needs (as for <see cref="HardFilters.Prefilter"/>): the message names the member.</exception>
    public CarerPreFilter(MatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The same refusal as the in-memory filters (a null family of origin, minor, duration...), never a NullReferenceException.
        HardFilters.Prefilter(request);
        Request = request;
        Clauses = HardFilters.All.Select(definition => ClauseOf(definition.Filter, request)).ToArray();
        foreach (var clause in Clauses)
        {
            Query.Where(clause);
        }
    }

    /// <summary>The request the pre-filter was built for.</summary>
    public MatchRequest Request { get; }

    /// <summary>One predicate per hard filter, in the order of <see cref="HardFilters.All"/> (index = <c>(int)filter</c>).</summary>
    internal IReadOnlyList<Expression<Func<FosterCarer, bool>>> Clauses { get; }

    private static Expression<Func<FosterCarer, bool>> ClauseOf(HardFilter filter, MatchRequest request) => filter switch
    {
        HardFilter.Consent => Consent(),
        HardFilter.Status => Status(request),
        HardFilter.Availability => Availability(request),
        HardFilter.FormAndArrangement => FormAndArrangement(request),
        HardFilter.Places => Places(request),
        HardFilter.AgeRange => AgeRange(request),
        HardFilter.Needs => Needs(request),
        HardFilter.Protection => Protection(request),
        HardFilter.Kinship => Kinship(request),
        HardFilter.ConflictOfInterest => ConflictOfInterest(request),
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, "A hard filter without a storage form: add it here."),
    };

    private static Expression<Func<FosterCarer, bool>> Status(MatchRequest request)
        => request.IncludeInAssessment
            ? c => c.Status == AssessmentStatus.Approved || c.Status == AssessmentStatus.InAssessment
            : c => c.Status == AssessmentStatus.Approved;

    private static Expression<Func<FosterCarer, bool>> Consent() => c => c.DataProcessingConsent != null;

    private static Expression<Func<FosterCarer, bool>> Availability(MatchRequest request)
    {
        var start = request.ExpectedStart;
        return c => c.Availability.From <= start && (c.Availability.Until == null || c.Availability.Until >= start);
    }

    private static Expression<Func<FosterCarer, bool>> FormAndArrangement(MatchRequest request)
    {
        if (!Enum.IsDefined(request.Form) || !Enum.IsDefined(request.Arrangement))
        {
            return Predicates.False<FosterCarer>();
        }

        string form = RegistryJson.EnumToken(request.Form);
        string arrangement = RegistryJson.EnumToken(request.Arrangement);
        return c => StoredText.Of(c.Availability.Forms).Contains(form) && StoredText.Of(c.Availability.Arrangements).Contains(arrangement);
    }

    private static Expression<Func<FosterCarer, bool>> Places(MatchRequest request)
    {
        int size = request.GroupSize;
        return c => c.Availability.Places >= size;
    }

    private static Expression<Func<FosterCarer, bool>> AgeRange(MatchRequest request)
    {
        int youngest = request.YoungestAge;
        int oldest = request.OldestAge;
        return c => c.Availability.Ages.MinYears <= youngest && c.Availability.Ages.MaxYears >= oldest;
    }

    /// <summary>
    /// Two bits per category in the packed column: the carer accepts level L in category k exactly when the masked
    /// bits, <c>packed &amp; (3 &lt;&lt; 2k)</c>, are at least <c>L &lt;&lt; 2k</c>.
    /// </summary>
    private static Expression<Func<FosterCarer, bool>> Needs(MatchRequest request)
    {
        var needs = request.Needs;
        var categories = new List<Expression<Func<FosterCarer, bool>>>();
        for (int k = 0; k < NeedProfile.CategoryCount; k++)
        {
            int level = (int)needs[(NeedCategory)k];
            if (level == 0)
            {
                continue;
            }

            int mask = 0b11 << (2 * k);
            int threshold = level << (2 * k);
            categories.Add(c => (c.Availability.AcceptedNeeds.Packed & mask) >= threshold);
        }

        return Predicates.All(categories);
    }

    private static Expression<Func<FosterCarer, bool>> Protection(MatchRequest request)
    {
        var origin = request.FamilyOfOrigin;
        var originCode = origin.Code;
        switch (request.Protection)
        {
            case ProtectionConstraint.None:
                return Predicates.True<FosterCarer>();
            case ProtectionConstraint.NotSameMunicipality:
                return c => c.Municipality.Code != originCode;
            case ProtectionConstraint.NotSameDistrict:
                var parts = new List<Expression<Func<FosterCarer, bool>>>
                {
                    c => c.Municipality.Code != originCode && c.Municipality.District != null,
                    NotBlank(c => StoredText.Of(c.Municipality.District)),
                };
                if (origin.District is { } originDistrict)
                {
                    parts.Add(c => c.Municipality.District != originDistrict);
                }

                return Predicates.All(parts);
            default:
                return Predicates.False<FosterCarer>();
        }
    }

    /// <summary><c>text.Trim(every white space) != ""</c>, with the characters as a constant, as EF Core's providers require.</summary>
    private static Expression<Func<FosterCarer, bool>> NotBlank(Expression<Func<FosterCarer, string?>> text)
        => Expression.Lambda<Func<FosterCarer, bool>>(
            Expression.NotEqual(Expression.Call(text.Body, TrimMethod, Expression.Constant(WhiteSpace)), Expression.Constant(string.Empty)),
            text.Parameters);

    private static Expression<Func<FosterCarer, bool>> Kinship(MatchRequest request)
        => request.KinshipOnly
            ? RelatedToAny(request.Minors.Select(m => m.Code.Value))
            : Predicates.True<FosterCarer>();

    private static Expression<Func<FosterCarer, bool>> ConflictOfInterest(MatchRequest request)
    {
        var persons = request.ConflictingPersons.Select(p => p.Value).Where(p => p is not null).ToList();
        return persons.Count == 0 ? Predicates.True<FosterCarer>() : Predicates.Not(RelatedToAny(persons));
    }

    /// <summary>
    /// The carer has a relative within the 4th degree among <paramref name="persons"/>: the relatives column holds
    /// one of the element prefixes <c>{"person":"P","degree":d,</c> for d from 1 to 4.
    /// </summary>
    private static Expression<Func<FosterCarer, bool>> RelatedToAny(IEnumerable<string?> persons)
    {
        var tokens = new List<Expression<Func<FosterCarer, bool>>>();
        foreach (string person in persons.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            for (int degree = 1; degree <= Relative.MaxRelevantDegree; degree++)
            {
                string token = RegistryJson.RelativeToken(person, degree);
                tokens.Add(c => StoredText.Of(c.Relatives).Contains(token));
            }
        }

        return Predicates.Any(tokens);
    }
}

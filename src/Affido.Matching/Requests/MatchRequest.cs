using NodaTime;

namespace Affido.Matching;

/// <summary>
/// A search for foster carers (soggetti affidatari, Reg. art. 6) for one minor or for a sibling group placed
/// together (Reg. art. 4: siblings are not separated unless a contraindication is stated).
/// </summary>
/// <remarks>
/// A request with several minors is a sibling group that goes to one carer. When the plan or a decree states a
/// contraindication to placing the siblings together, <see cref="SiblingContraindication"/> records it and
/// <see cref="MatchRequestValidator"/> rejects a multi-minor request (code <c>siblings.contraindicated-together</c>):
/// the caller then sends one request per minor. Validate with <see cref="MatchRequestValidator"/> before searching:
/// a search, an explanation or a plan throws <see cref="ArgumentException"/> for a request lacking what the engine
/// needs (see the package README, "Bad input"), and searches any request the validator accepts. Built with an object
/// initializer: the members from <see cref="Id"/> to <see cref="FamilyOfOrigin"/> are required, the others optional.
/// The languages and backgrounds the criteria look for come from the minors unless <see cref="Languages"/> or
/// <see cref="Backgrounds"/> override them.
/// </remarks>
public sealed record MatchRequest
{
    /// <summary>The caller's identifier of the request (pseudonymous, e.g. the case-file number).</summary>
    public required string Id { get; init; }

    /// <summary>The minor, or the siblings to place together.</summary>
    public required ValueArray<Minor> Minors { get; init; }

    /// <summary>The placement form needed (Reg. art. 3).</summary>
    public required PlacementForm Form { get; init; }

    /// <summary>Full-time or part-time (Reg. art. 3).</summary>
    public required TimeArrangement Arrangement { get; init; }

    /// <summary>The expected start of the placement: ages, availability and waiting time are taken on this date.</summary>
    public required LocalDate ExpectedStart { get; init; }

    /// <summary>The expected (presumed) duration, L. 184/1983 art. 4 c. 4; Reg. art. 8 a.</summary>
    public required Period ExpectedDuration { get; init; }

    /// <summary>The family of origin's municipality.</summary>
    public required Municipality FamilyOfOrigin { get; init; }

    /// <summary>The municipality of the minors' school, when continuity of schooling matters.</summary>
    public Municipality? School { get; init; }

    /// <summary>How far from the family of origin the carer must live.</summary>
    public ProtectionConstraint Protection { get; init; }

    /// <summary>
    /// The languages to look for in carers, when they differ from the minors' own. Null (the default): the languages of
    /// the minors (<see cref="Minor.Languages"/>), which is what a search usually wants; an explicit list replaces them,
    /// and an empty list turns the language criterion off. See <see cref="EffectiveLanguages"/>.
    /// </summary>
    public ValueArray<LanguageCode>? Languages { get; init; }

    /// <summary>
    /// The cultural or religious backgrounds to look for, when they differ from the minors' own (recorded only when the
    /// social worker judges them relevant). Null (the default): the minors' backgrounds (<see cref="Minor.Background"/>);
    /// an explicit list replaces them, and an empty list turns the background criterion off. See <see cref="EffectiveBackgrounds"/>.
    /// </summary>
    public ValueArray<BackgroundTag>? Backgrounds { get; init; }

    /// <summary>Search only among relatives of the minors within the 4th degree (affido intrafamiliare, Reg. art. 3).</summary>
    public bool KinshipOnly { get; init; }

    /// <summary>Also show carers still in assessment (off by default; asked for when approved carers are scarce).</summary>
    public bool IncludeInAssessment { get; init; }

    /// <summary>
    /// Pseudonymous codes of the judge, the court expert and the social workers of the proceeding: a carer related to
    /// any of them within the 4th degree, by blood or by marriage, is excluded (L. 184/1983 art. 2 c. 1.1).
    /// </summary>
    public ValueArray<PersonCode> ConflictingPersons { get; init; }

    /// <summary>A stated contraindication to placing the siblings together (Reg. art. 4).</summary>
    public SiblingContraindication? SiblingContraindication { get; init; }

    /// <summary>The number of places the group needs: the number of minors.</summary>
    public int GroupSize => Minors.Count;

    /// <summary>The group's needs: for each category the highest level among the minors.</summary>
    public NeedProfile Needs
    {
        get
        {
            var needs = NeedProfile.None;
            foreach (var minor in Minors)
            {
                needs = minor is null ? needs : needs.Max(minor.Needs);
            }

            return needs;
        }
    }

    /// <summary>The expected end: <see cref="ExpectedStart"/> plus <see cref="ExpectedDuration"/> (art. 2963 c.c. month arithmetic).</summary>
    /// <exception cref="ArgumentException">The duration is missing or has time units, or the end is beyond the dates NodaTime holds (<see cref="MatchRequestValidator"/> reports all three).</exception>
    public LocalDate ExpectedEnd => ExpectedDuration is null
        ? throw new ArgumentException("The request has no expected duration.", nameof(ExpectedDuration))
        : SupportedDates.TryAdd(ExpectedStart, ExpectedDuration)
            ?? throw new ArgumentException("The expected start plus the expected duration is outside the supported dates.", nameof(ExpectedDuration));

    /// <summary>Age in completed years of the youngest minor on <see cref="ExpectedStart"/> (via <see cref="Ages"/>).</summary>
    public int YoungestAge => Minors.Where(m => m is not null).Select(m => Ages.YearsOn(m.BirthDate, ExpectedStart)).DefaultIfEmpty().Min();

    /// <summary>Age in completed years of the oldest minor on <see cref="ExpectedStart"/> (via <see cref="Ages"/>).</summary>
    public int OldestAge => Minors.Where(m => m is not null).Select(m => Ages.YearsOn(m.BirthDate, ExpectedStart)).DefaultIfEmpty().Max();

    /// <summary>
    /// The languages the language criterion looks for: <see cref="Languages"/> when given, otherwise every language of
    /// the minors; without repetitions or empty codes, in first-seen order.
    /// </summary>
    public ValueArray<LanguageCode> EffectiveLanguages
        => (Languages ?? Minors.Where(m => m is not null).SelectMany(m => m.Languages).ToValueArray())
            .Where(l => !l.IsEmpty).Distinct().ToValueArray();

    /// <summary>
    /// The backgrounds the background criterion looks for: <see cref="Backgrounds"/> when given, otherwise the minors'
    /// recorded backgrounds; without repetitions or empty tags, in first-seen order.
    /// </summary>
    public ValueArray<BackgroundTag> EffectiveBackgrounds
        => (Backgrounds ?? Minors.Where(m => m?.Background is not null).Select(m => m.Background!.Value).ToValueArray())
            .Where(b => !b.IsEmpty).Distinct().ToValueArray();

    /// <summary>"MatchRequest { Id = 2026/0457 }": the id only (minors carry special-category data, Reg. UE 2016/679 art. 9).</summary>
    /// <param name="builder">The builder the members are printed to.</param>
    /// <returns>Whether anything was printed.</returns>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id);
        return true;
    }
}

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
/// the caller then sends one request per minor. Validate with <see cref="MatchRequestValidator"/> before searching;
/// searches assume a valid request. Built with an object initializer: the members from <see cref="Id"/> to
/// <see cref="FamilyOfOrigin"/> are required, the others optional.
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

    /// <summary>Languages the minors speak (the carer should speak them).</summary>
    public ValueArray<LanguageCode> Languages { get; init; }

    /// <summary>Cultural or religious background, only when the social worker records it as relevant.</summary>
    public ValueArray<BackgroundTag> Backgrounds { get; init; }

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

    /// <summary>The number of places the group needs.</summary>
    public int GroupSize => Minors.Count;

    /// <summary>The group's needs: for each category the highest level among the minors.</summary>
    public NeedProfile Needs
    {
        get
        {
            var needs = NeedProfile.None;
            foreach (var minor in Minors)
            {
                needs = needs.Max(minor.Needs);
            }

            return needs;
        }
    }

    /// <summary>The expected end: <see cref="ExpectedStart"/> plus <see cref="ExpectedDuration"/> (art. 2963 c.c. month arithmetic).</summary>
    public LocalDate ExpectedEnd => ExpectedStart.Plus(ExpectedDuration);

    /// <summary>Age in completed years of the youngest minor on <see cref="ExpectedStart"/> (via <see cref="Ages"/>).</summary>
    public int YoungestAge => Minors.Count == 0 ? 0 : Minors.Min(m => Ages.YearsOn(m.BirthDate, ExpectedStart));

    /// <summary>Age in completed years of the oldest minor on <see cref="ExpectedStart"/> (via <see cref="Ages"/>).</summary>
    public int OldestAge => Minors.Count == 0 ? 0 : Minors.Max(m => Ages.YearsOn(m.BirthDate, ExpectedStart));

    /// <summary>The requested languages, without repetitions or empty codes, in first-seen order.</summary>
    public IReadOnlyList<LanguageCode> DistinctLanguages => Languages.Where(l => !l.IsEmpty).Distinct().ToList();

    /// <summary>The requested backgrounds, without repetitions or empty tags, in first-seen order.</summary>
    public IReadOnlyList<BackgroundTag> DistinctBackgrounds => Backgrounds.Where(b => !b.IsEmpty).Distinct().ToList();
}
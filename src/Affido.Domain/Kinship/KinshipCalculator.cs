namespace Affido.Domain;

/// <summary>
/// Computes degrees of kinship between pseudonymous persons from declared parent-child and spouse relations: blood
/// kinship (parentela) per art. 76 c.c. and affinity (affinità) per art. 78 c.c.
/// </summary>
/// <remarks>
/// <para>
/// Blood (art. 76 c.c.): in the direct line, one degree per generation (parent 1, grandparent 2); in the collateral line,
/// the generations counted up from one person to the common ancestor and down to the other, the ancestor excluded
/// (siblings 2, uncle and nephew 3, first cousins 4, a first cousin's child 5). With several common ancestors the
/// closest counts. Half-siblings share one parent and are in the 2nd degree.
/// </para>
/// <para>
/// Affinity (art. 78 c.c.): the bond between one spouse and the blood relatives of the other, "in the line and degree"
/// of that blood kinship (a spouse's parent 1, a spouse's sibling 2, a sibling's spouse 2). Affines of affines are not
/// affines; spouses are neither relatives nor affines of each other. The declarations do not record annulled
/// marriages (after which affinity ceases, art. 78 c. 3 c.c.): leave such a marriage out.
/// </para>
/// <para>
/// Only what is declared counts: two cousins are related only if their parents and the common grandparent are declared.
/// Duplicate or cyclic declarations (a person their own ancestor) are tolerated: every search keeps visited sets.
/// Immutable after construction and safe to share between threads.
/// </para>
/// </remarks>
public sealed class KinshipCalculator
{
    private static readonly IReadOnlyList<PersonCode> None = [];
    private readonly Dictionary<PersonCode, List<PersonCode>> parents = [];
    private readonly Dictionary<PersonCode, List<PersonCode>> children = [];
    private readonly Dictionary<PersonCode, List<PersonCode>> spouses = [];

    /// <summary>Builds the calculator from the declared relations.</summary>
    /// <param name="relations">The declared relations, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="relations"/> or one of its elements is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A relation relates a person to themselves, or has an undefined kind.</exception>
    public KinshipCalculator(IEnumerable<DeclaredRelation> relations)
    {
        ArgumentNullException.ThrowIfNull(relations);
        foreach (var relation in relations)
        {
            ArgumentNullException.ThrowIfNull(relation, nameof(relations));
            if (relation.First == relation.Second)
            {
                throw new ArgumentException($"A person cannot be related to themselves: {relation}.", nameof(relations));
            }
            switch (relation.Kind)
            {
                case DeclaredRelationKind.ParentOf:
                    Link(parents, relation.Second, relation.First);
                    Link(children, relation.First, relation.Second);
                    break;
                case DeclaredRelationKind.SpouseOf:
                    Link(spouses, relation.First, relation.Second);
                    Link(spouses, relation.Second, relation.First);
                    break;
                default:
                    throw new ArgumentException($"Undefined relation kind {relation.Kind}.", nameof(relations));
            }
        }
    }

    /// <summary>The degree of blood kinship between two persons (art. 76 c.c.), or <see langword="null"/> when the declarations relate them by no common ancestor.</summary>
    /// <param name="one">One person.</param>
    /// <param name="other">The other person.</param>
    /// <returns>1 or more; <see langword="null"/> for the same person or unrelated persons.</returns>
    public int? BloodDegree(PersonCode one, PersonCode other)
    {
        if (one == other)
        {
            return null;
        }
        var up = Ancestors(one, int.MaxValue);
        int? best = null;
        foreach (var (ancestor, theirDistance) in Ancestors(other, int.MaxValue))
        {
            if (up.TryGetValue(ancestor, out int myDistance))
            {
                int degree = myDistance + theirDistance;
                if (best is null || degree < best)
                {
                    best = degree;
                }
            }
        }
        return best;
    }

    /// <summary>The degree of affinity between two persons (art. 78 c.c.): the degree in which one is a blood relative of the other's spouse; <see langword="null"/> when they are not affines.</summary>
    /// <param name="one">One person.</param>
    /// <param name="other">The other person.</param>
    public int? AffinityDegree(PersonCode one, PersonCode other)
    {
        if (one == other)
        {
            return null;
        }
        int? best = null;
        foreach (var spouse in SpousesOf(one))
        {
            best = Min(best, spouse == other ? null : BloodDegree(spouse, other));
        }
        foreach (var spouse in SpousesOf(other))
        {
            best = Min(best, spouse == one ? null : BloodDegree(one, spouse));
        }
        return best;
    }

    /// <summary>The closest relation of <paramref name="to"/> to <paramref name="from"/>: the lower degree, blood before affinity at the same degree; <see langword="null"/> when unrelated.</summary>
    /// <param name="from">The person whose relative is sought (e.g. a carer).</param>
    /// <param name="to">The other person (e.g. the judge).</param>
    public Relative? Relation(PersonCode from, PersonCode to)
    {
        int? blood = BloodDegree(from, to);
        int? affinity = AffinityDegree(from, to);
        if (blood is null && affinity is null)
        {
            return null;
        }
        return affinity is null || (blood is not null && blood <= affinity)
            ? new Relative(to, blood!.Value, KinshipKind.Blood)
            : new Relative(to, affinity.Value, KinshipKind.Affinity);
    }

    /// <summary>
    /// Every relative and affine of <paramref name="person"/> within <paramref name="maxDegree"/>, one <see cref="Relative"/>
    /// per person (the closest relation, blood before affinity at the same degree), ordered by degree then code:
    /// the values to store in <see cref="FosterCarer.Relatives"/>.
    /// </summary>
    /// <param name="person">The person (e.g. a member of the carer household).</param>
    /// <param name="maxDegree">The highest degree to include; by default the 4th (<see cref="Relative.MaxRelevantDegree"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegree"/> is less than 1.</exception>
    public ValueArray<Relative> RelativesOf(PersonCode person, int maxDegree = Relative.MaxRelevantDegree)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegree, 1);
        var found = new Dictionary<PersonCode, Relative>();

        var blood = BloodRelativesWithin(person, maxDegree);
        foreach (var (relative, degree) in blood)
        {
            Keep(found, new Relative(relative, degree, KinshipKind.Blood));
        }

        // The spouse's blood relatives are the person's affines, in the same degree (art. 78 c. 1 c.c.).
        foreach (var spouse in SpousesOf(person))
        {
            foreach (var (relative, degree) in BloodRelativesWithin(spouse, maxDegree))
            {
                if (relative != person)
                {
                    Keep(found, new Relative(relative, degree, KinshipKind.Affinity));
                }
            }
        }

        // The spouses of the person's blood relatives are affines too (the bond is symmetric).
        foreach (var (relative, degree) in blood)
        {
            foreach (var spouse in SpousesOf(relative))
            {
                if (spouse != person)
                {
                    Keep(found, new Relative(spouse, degree, KinshipKind.Affinity));
                }
            }
        }

        var ordered = found.Values.OrderBy(r => r.Degree).ThenBy(r => r.Kind).ThenBy(r => r.Person).ToArray();
        return [.. ordered];
    }

    /// <summary>
    /// The relatives and affines of a whole household within <paramref name="maxDegree"/>: the relatives of each member
    /// (<see cref="RelativesOf"/>) merged, one <see cref="Relative"/> per person with the closest relation any member
    /// has to them (lower degree first, blood before affinity at the same degree), ordered by degree then code. The
    /// members themselves are left out. These are the values to store in <see cref="FosterCarer.Relatives"/>, and the
    /// relations a conflict of interest is judged on (L. 184/1983 art. 2 c. 1.1: the carers are every member).
    /// </summary>
    /// <param name="members">The members of the household (e.g. both spouses of a couple), in any order; repeats are ignored.</param>
    /// <param name="maxDegree">The highest degree to include; by default the 4th (<see cref="Relative.MaxRelevantDegree"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegree"/> is less than 1.</exception>
    public ValueArray<Relative> RelativesOfHousehold(IEnumerable<PersonCode> members, int maxDegree = Relative.MaxRelevantDegree)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegree, 1);
        var household = members.ToHashSet();
        var found = new Dictionary<PersonCode, Relative>();
        foreach (var member in household)
        {
            foreach (var relative in RelativesOf(member, maxDegree))
            {
                if (!household.Contains(relative.Person))
                {
                    Keep(found, relative);
                }
            }
        }

        return [.. found.Values.OrderBy(r => r.Degree).ThenBy(r => r.Kind).ThenBy(r => r.Person)];
    }

    private Dictionary<PersonCode, int> BloodRelativesWithin(PersonCode person, int maxDegree)
    {
        var result = new Dictionary<PersonCode, int>();
        foreach (var (ancestor, up) in Ancestors(person, maxDegree))
        {
            foreach (var (descendant, down) in Descendants(ancestor, maxDegree - up))
            {
                int degree = up + down;
                if (descendant != person && degree >= 1 && (!result.TryGetValue(descendant, out int known) || degree < known))
                {
                    result[descendant] = degree;
                }
            }
        }
        return result;
    }

    private Dictionary<PersonCode, int> Ancestors(PersonCode person, int maxDepth) => Walk(person, maxDepth, parents);

    private Dictionary<PersonCode, int> Descendants(PersonCode person, int maxDepth) => Walk(person, maxDepth, children);

    private static Dictionary<PersonCode, int> Walk(PersonCode start, int maxDepth, Dictionary<PersonCode, List<PersonCode>> edges)
    {
        var distance = new Dictionary<PersonCode, int> { [start] = 0 };
        var queue = new Queue<PersonCode>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            int next = distance[current] + 1;
            if (next > maxDepth || !edges.TryGetValue(current, out var linked))
            {
                continue;
            }
            foreach (var person in linked)
            {
                if (distance.TryAdd(person, next))
                {
                    queue.Enqueue(person);
                }
            }
        }
        return distance;
    }

    private IReadOnlyList<PersonCode> SpousesOf(PersonCode person) => spouses.TryGetValue(person, out var list) ? list : None;

    private static void Keep(Dictionary<PersonCode, Relative> found, Relative candidate)
    {
        if (!found.TryGetValue(candidate.Person, out var known)
            || candidate.Degree < known.Degree
            || (candidate.Degree == known.Degree && candidate.Kind < known.Kind))
        {
            found[candidate.Person] = candidate;
        }
    }

    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private static void Link(Dictionary<PersonCode, List<PersonCode>> edges, PersonCode from, PersonCode to)
    {
        if (!edges.TryGetValue(from, out var list))
        {
            list = [];
            edges[from] = list;
        }
        if (!list.Contains(to))
        {
            list.Add(to);
        }
    }
}

namespace Affido.Matching;

public sealed partial class CarerIndex
{
    /// <summary>
    /// A new snapshot with <paramref name="carer"/>: in place of the carer with the same code, or after the others
    /// when its code is new. This snapshot does not change, so searches running on it go on undisturbed; swap the new
    /// one in with <see cref="CarerIndexHolder.UpdateAsync"/> (or <see cref="CarerIndexHolder.Replace"/>).
    /// </summary>
    /// <remarks>
    /// <para>Much cheaper than <see cref="Build"/> on the whole registry: only <paramref name="carer"/> is encoded; the
    /// other carers' columns are copied as they are (every column is copied, so the cost still grows with the
    /// registry: the benchmarks in <c>benchmarks/Affido.Benchmarks/Search</c> measure it at 1,000,000 carers). The new
    /// snapshot gives exactly the results a <see cref="Build"/> of the edited registry gives, row order aside (ties are
    /// broken by code, never by row).</para>
    /// <para>Memory: the two snapshots share nothing but the options, so both are alive until the old one is dropped.</para>
    /// </remarks>
    /// <param name="carer">The carer to add or replace, with the same requirements as a carer of <see cref="Build"/>.</param>
    /// <returns>The new snapshot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="carer"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="carer"/>'s code is blank, or it lacks a member the index
    /// reads, or its coordinates are out of range (as in <see cref="Build"/>): the message names the member.</exception>
    public CarerIndex WithCarer(FosterCarer carer)
    {
        ArgumentNullException.ThrowIfNull(carer);
        if (carer.Code.IsEmpty)
        {
            throw new ArgumentException("The carer has a blank code.", nameof(carer));
        }

        int row = codes.IndexOf(carer.Code.Value);
        CarerChecks.Readable(carer, row < 0 ? Count : row, nameof(carer));
        return row < 0 ? new CarerIndex(this, Count, 0, carer) : new CarerIndex(this, row, 1, carer);
    }

    /// <summary>
    /// A new snapshot without the carer coded <paramref name="carer"/>, or this snapshot when no carer has that code.
    /// This snapshot does not change (see <see cref="WithCarer"/>).
    /// </summary>
    /// <param name="carer">The code of the carer to remove.</param>
    /// <returns>The new snapshot, or this one.</returns>
    public CarerIndex WithoutCarer(CarerCode carer)
    {
        int row = carer.IsEmpty ? -1 : codes.IndexOf(carer.Value);
        return row < 0 ? this : new CarerIndex(this, row, 1, null);
    }

    /// <summary>
    /// The snapshot <paramref name="source"/> with <paramref name="removed"/> rows (0 or 1) at <paramref name="row"/>
    /// replaced by <paramref name="carer"/> (none when null): every column copied around the edited row, the carer's
    /// row encoded by <see cref="WriteRow"/>, the relatives and the codes spliced. The persons dictionary is shared with
    /// the source unless the carer brings a person it does not know (then it is copied first: a snapshot never changes).
    /// </summary>
    private CarerIndex(CarerIndex source, int row, int removed, FosterCarer? carer)
    {
        options = source.options;
        int inserted = carer is null ? 0 : 1;
        flags = Splice(source.flags, row, removed, inserted);
        formsAndArrangements = Splice(source.formsAndArrangements, row, removed, inserted);
        places = Splice(source.places, row, removed, inserted);
        minAge = Splice(source.minAge, row, removed, inserted);
        maxAge = Splice(source.maxAge, row, removed, inserted);
        acceptedNeeds = Splice(source.acceptedNeeds, row, removed, inserted);
        availableFrom = Splice(source.availableFrom, row, removed, inserted);
        availableUntil = Splice(source.availableUntil, row, removed, inserted);
        municipality = Splice(source.municipality, row, removed, inserted);
        previousPlacements = Splice(source.previousPlacements, row, removed, inserted);
        trainingHours = Splice(source.trainingHours, row, removed, inserted);
        youngestChild = Splice(source.youngestChild, row, removed, inserted);
        waitingSince = Splice(source.waitingSince, row, removed, inserted);
        persons = carer is not null && BringsNewPerson(carer, source.persons)
            ? new Dictionary<string, int>(source.persons, StringComparer.Ordinal)
            : source.persons;
        var writer = new RowWriter(
            source.municipalities,
            persons,
            new TagColumn.Builder(source.languages, row, removed, inserted),
            new TagColumn.Builder(source.backgrounds, row, removed, inserted));
        if (carer is not null)
        {
            WriteRow(row, carer, writer);
        }

        // The relatives: the source's ranges before and after the edited row, the new row's in between.
        int cut = source.relativesStart[row];
        int resume = source.relativesStart[row + removed];
        int added = writer.RelativePersons.Count;
        int shift = added - (resume - cut);
        relativesStart = Splice(source.relativesStart, row, removed, inserted);
        if (inserted == 1)
        {
            relativesStart[row] = cut;
        }

        for (int r = row + inserted; r < relativesStart.Length; r++)
        {
            relativesStart[r] += shift;
        }

        relativePerson = Splice(source.relativePerson, cut, resume - cut, added);
        relativeDegree = Splice(source.relativeDegree, cut, resume - cut, added);
        writer.RelativePersons.CopyTo(relativePerson, cut);
        writer.RelativeDegrees.CopyTo(relativeDegree, cut);

        municipalities = writer.Municipalities.Count == source.municipalities.Length ? source.municipalities : [.. writer.Municipalities];
        languages = writer.Languages.Build();
        backgrounds = writer.Backgrounds.Build();
        codes = carer is null ? source.codes.Without(row) : removed == 1 ? source.codes : source.codes.Append(carer.Code.Value);
        EstimatedBytes = Estimate();
    }

    /// <summary>Whether <paramref name="carer"/> has a relative within the 4th degree whose person code <paramref name="known"/> lacks.</summary>
    private static bool BringsNewPerson(FosterCarer carer, Dictionary<string, int> known)
    {
        foreach (var relative in carer.Relatives)
        {
            if (relative.IsWithinFourthDegree && relative.Person.Value is { } person && !known.ContainsKey(person))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A copy of <paramref name="source"/> with <paramref name="removed"/> items at <paramref name="at"/> taken out and
    /// room for <paramref name="inserted"/> items left there (default values, for the caller to write).
    /// </summary>
    internal static T[] Splice<T>(T[] source, int at, int removed, int inserted)
    {
        var result = new T[source.Length - removed + inserted];
        Array.Copy(source, 0, result, 0, at);
        Array.Copy(source, at + removed, result, at + inserted, source.Length - at - removed);
        return result;
    }

    /// <summary>
    /// What <see cref="WriteRow"/> needs beyond the columns: the municipality keys (by reference first, then by value,
    /// so that equal municipalities share a key), the person dictionary, the two tag-column builders and the relatives
    /// written so far.
    /// </summary>
    private sealed class RowWriter
    {
        private readonly Dictionary<Municipality, int> byValue = [];
        private readonly Dictionary<Municipality, int> byReference = new(ReferenceEqualityComparer.Instance);

        public RowWriter(Municipality[] known, Dictionary<string, int> persons, TagColumn.Builder languages, TagColumn.Builder backgrounds)
        {
            Municipalities = [.. known];
            for (int m = 0; m < known.Length; m++)
            {
                byValue.TryAdd(known[m], m);
            }

            Persons = persons;
            Languages = languages;
            Backgrounds = backgrounds;
        }

        public List<Municipality> Municipalities { get; }

        public Dictionary<string, int> Persons { get; }

        public TagColumn.Builder Languages { get; }

        public TagColumn.Builder Backgrounds { get; }

        public List<int> RelativePersons { get; } = [];

        public List<byte> RelativeDegrees { get; } = [];

        /// <summary>A scratch list for one carer's tags.</summary>
        public List<string?> Tags { get; } = new(8);

        /// <summary>The key of <paramref name="place"/>, a new one when no equal municipality has one yet.</summary>
        public int PlaceId(Municipality place)
        {
            if (!byReference.TryGetValue(place, out int id))
            {
                if (!byValue.TryGetValue(place, out id))
                {
                    id = Municipalities.Count;
                    Municipalities.Add(place);
                    byValue.Add(place, id);
                }

                byReference.Add(place, id);
            }

            return id;
        }
    }
}

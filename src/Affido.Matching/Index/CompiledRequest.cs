namespace Affido.Matching;

public sealed partial class CarerIndex
{
    private CompiledRequest Compile(MatchRequest request) => new(this, request);

    /// <summary>A request turned into masks, thresholds and per-municipality tables for one scan.</summary>
    private sealed class CompiledRequest
    {
        private const int ImpossibleBit = 0x80;
        private readonly CarerIndex index;
        private readonly MatchRequest request;
        private readonly double[] origin;
        private readonly double[]? school;
        private readonly int[] ageThresholds = new int[Ages.Majority + 1];
        private readonly double[] householdByAge = new double[Ages.Majority + 2];
        private readonly int adultThreshold;
        private readonly double noMinorChildren;

        public CompiledRequest(CarerIndex index, MatchRequest request)
        {
            this.index = index;
            this.request = request;
            var start = request.ExpectedStart;
            StartDay = DayNumbers.Of(start);
            EndDay = DayNumbers.Of(request.ExpectedEnd);
            int formBit = FormBit(request.Form);
            int arrangementBit = ArrangementBit(request.Arrangement);
            int oldest = request.OldestAge;
            Bounds = new FilterBounds(
                statusMask: Approved | (request.IncludeInAssessment ? InAssessment : 0),
                startDay: StartDay,
                formMask: formBit == 0 || arrangementBit == 0 ? ImpossibleBit : formBit | arrangementBit,
                groupSize: request.GroupSize,
                youngestAge: request.YoungestAge,
                oldestAge: oldest,
                needs: NeedMasks.Of(request.Needs));

            var places = index.municipalities;
            ProtectionTable = new byte[places.Length];
            for (int m = 0; m < places.Length; m++)
            {
                ProtectionTable[m] = ProtectionExcludes(places[m], request) ? (byte)1 : (byte)0;
            }

            origin = new double[places.Length];
            Array.Fill(origin, double.NaN);
            if (request.School is not null)
            {
                school = new double[places.Length];
                Array.Fill(school, double.NaN);
            }

            Languages = index.languages.Compile(request.EffectiveLanguages.Select(l => l.Value));
            Backgrounds = index.backgrounds.Compile(request.EffectiveBackgrounds.Select(b => b.Value));
            MinorPersons = KnownPersons(request.Minors.Select(m => m.Code.Value));
            ConflictingPersons = KnownPersons(request.ConflictingPersons.Select(p => p.Value));
            KinshipOnly = request.KinshipOnly;
            Weights = new RequestWeights(index.options, request);

            adultThreshold = LatestDayWhere(d => !Ages.IsMinorOn(DayNumbers.ToDate(d), start), DayNumbers.Of(start.PlusYears(-Ages.Majority)));
            for (int age = 0; age < ageThresholds.Length; age++)
            {
                int years = age;
                ageThresholds[age] = LatestDayWhere(d => Ages.YearsOn(DayNumbers.ToDate(d), start) >= years, DayNumbers.Of(start.PlusYears(-years)));
            }

            for (int age = -1; age <= Ages.Majority; age++)
            {
                householdByAge[age + 1] = CriterionFormulas.HouseholdFit(age, oldest);
            }

            noMinorChildren = CriterionFormulas.HouseholdFit(null, oldest);
        }

        /// <summary>The request's side of the fixed-width filters (the scan copies it into a local, so its fields stay in registers).</summary>
        public FilterBounds Bounds { get; }

        public int StartDay { get; }

        public int EndDay { get; }

        /// <summary>Per municipality: 1 when the protection constraint excludes it, 0 otherwise.</summary>
        public byte[] ProtectionTable { get; }

        public TagColumn.Query Languages { get; }

        public TagColumn.Query Backgrounds { get; }

        public int[] MinorPersons { get; }

        public int[] ConflictingPersons { get; }

        /// <summary>Whether the scan must read relatives: a minor or a conflicting person is someone's relative, or the search is among relatives only.</summary>
        public bool ReadsRelatives => KinshipOnly || MinorPersons.Length > 0 || ConflictingPersons.Length > 0;

        public bool KinshipOnly { get; }

        public RequestWeights Weights { get; }

        public double OriginProximity(int place)
        {
            double value = origin[place];
            if (double.IsNaN(value))
            {
                value = CriterionFormulas.Proximity(index.municipalities[place], request.FamilyOfOrigin, index.options.ProximityHalfScoreKm);
                origin[place] = value;
            }

            return value;
        }

        public double SchoolProximity(int place)
        {
            if (school is null)
            {
                return 0.0;
            }

            double value = school[place];
            if (double.IsNaN(value))
            {
                value = CriterionFormulas.Proximity(index.municipalities[place], request.School!, index.options.ProximityHalfScoreKm);
                school[place] = value;
            }

            return value;
        }

        /// <summary>Household fit from the youngest child's birth day number, through the precomputed age thresholds.</summary>
        public double HouseholdFit(int youngestChildDay)
        {
            if (youngestChildDay <= adultThreshold)
            {
                return noMinorChildren;
            }

            int age = -1;
            while (age + 1 < ageThresholds.Length && youngestChildDay <= ageThresholds[age + 1])
            {
                age++;
            }

            return householdByAge[age + 1];
        }

        /// <summary>
        /// Whether the protection constraint excludes carers living in <paramref name="place"/>: the negation of the
        /// Protection specification (<see cref="HardFilters"/>), evaluated once per municipality.
        /// </summary>
        private static bool ProtectionExcludes(Municipality place, MatchRequest request)
        {
            var origin = request.FamilyOfOrigin;
            return request.Protection switch
            {
                ProtectionConstraint.NotSameMunicipality => place.Code == origin.Code,
                ProtectionConstraint.NotSameDistrict => place.Code == origin.Code || place.District is not { IsEmpty: false } || place.District == origin.District,
                _ => false,
            };
        }

        private int[] KnownPersons(IEnumerable<string?> codes)
        {
            var ids = new List<int>();
            foreach (var code in codes)
            {
                if (code is not null && index.persons.TryGetValue(code, out int id) && !ids.Contains(id))
                {
                    ids.Add(id);
                }
            }

            return [.. ids];
        }

        /// <summary>The last day number for which a predicate that is true up to some day and false after holds.</summary>
        private static int LatestDayWhere(Func<int, bool> holds, int guess)
        {
            int day = guess;
            if (holds(day))
            {
                while (holds(day + 1))
                {
                    day++;
                }
            }
            else
            {
                while (!holds(day))
                {
                    day--;
                }
            }

            return day;
        }
    }
}

using NodaTime;

namespace Affido.Matching;

public sealed partial class CarerIndex
{
    /// <summary>Compiles <paramref name="request"/> for a scan of this index.</summary>
    /// <param name="request">A valid request.</param>
    /// <param name="tables">
    /// Per-municipality tables to share with other compiled requests of this index (the planner compiles a whole
    /// waiting list): each request refills them when it is used again (<see cref="CompiledRequest.Claim"/>). Null: tables
    /// of its own.
    /// </param>
    private CompiledRequest Compile(MatchRequest request, MunicipalityTables? tables = null) => new(this, request, tables ?? new MunicipalityTables(municipalities.Length));

    /// <summary>
    /// The per-municipality tables of a compiled request (protection, and the proximity scores computed so far), which
    /// several compiled requests may share, one at a time: the last one to <see cref="CompiledRequest.Claim"/> them owns them.
    /// </summary>
    internal sealed class MunicipalityTables(int municipalities)
    {
        public byte[] Protection { get; } = new byte[municipalities];

        public double[] Origin { get; } = new double[municipalities];

        /// <summary>Allocated by the first request with a school.</summary>
        public double[]? School { get; set; }

        public CompiledRequest? Owner { get; set; }
    }

    /// <summary>A request turned into masks, thresholds and per-municipality tables for one scan.</summary>
    internal sealed class CompiledRequest
    {
        private const int ImpossibleBit = 0x80;
        private readonly CarerIndex index;
        private readonly MatchRequest request;
        private readonly MunicipalityTables tables;
        private readonly int[] ageThresholds = new int[Ages.Majority + 1];
        private readonly double[] householdByAge = new double[Ages.Majority + 2];
        private readonly int adultThreshold;
        private readonly double noMinorChildren;

        public CompiledRequest(CarerIndex index, MatchRequest request, MunicipalityTables tables)
        {
            this.index = index;
            this.request = request;
            this.tables = tables;
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

            Claim();

            Languages = index.languages.Compile(request.EffectiveLanguages.Select(l => l.Value));
            Backgrounds = index.backgrounds.Compile(request.EffectiveBackgrounds.Select(b => b.Value));
            MinorPersons = KnownPersons(request.Minors.Select(m => m.Code.Value));
            ConflictingPersons = KnownPersons(request.ConflictingPersons.Select(p => p.Value));
            KinshipOnly = request.KinshipOnly;
            Weights = new RequestWeights(index.options, request);

            adultThreshold = LatestDayWhere(start, Adult, DayNumbers.Of(start.PlusYears(-Ages.Majority)));
            for (int age = 0; age < ageThresholds.Length; age++)
            {
                ageThresholds[age] = LatestDayWhere(start, age, DayNumbers.Of(start.PlusYears(-age)));
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

        /// <summary>Per municipality: 1 when the protection constraint excludes it, 0 otherwise (valid while this request owns the tables).</summary>
        public byte[] ProtectionTable => tables.Protection;

        public TagColumn.Query Languages { get; }

        public TagColumn.Query Backgrounds { get; }

        public int[] MinorPersons { get; }

        public int[] ConflictingPersons { get; }

        /// <summary>Whether the scan must read relatives: a minor or a conflicting person is someone's relative, or the search is among relatives only.</summary>
        public bool ReadsRelatives => KinshipOnly || MinorPersons.Length > 0 || ConflictingPersons.Length > 0;

        public bool KinshipOnly { get; }

        public RequestWeights Weights { get; }

        /// <summary>
        /// Makes the shared tables this request's: the protection table computed, the proximity caches emptied. Call it
        /// before scanning or scoring with a request compiled on shared tables; a no-op when it already owns them.
        /// </summary>
        public void Claim()
        {
            if (tables.Owner == this)
            {
                return;
            }

            var places = index.municipalities;
            byte[] protection = tables.Protection;
            for (int m = 0; m < places.Length; m++)
            {
                protection[m] = ProtectionExcludes(places[m], request) ? (byte)1 : (byte)0;
            }

            Array.Fill(tables.Origin, double.NaN);
            if (request.School is not null)
            {
                tables.School ??= new double[places.Length];
                Array.Fill(tables.School, double.NaN);
            }

            tables.Owner = this;
        }

        public double OriginProximity(int place)
        {
            double[] origin = tables.Origin;
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
            if (request.School is null)
            {
                return 0.0;
            }

            double[] school = tables.School!;
            double value = school[place];
            if (double.IsNaN(value))
            {
                value = CriterionFormulas.Proximity(index.municipalities[place], request.School!, index.options.ProximityHalfScoreKm);
                school[place] = value;
            }

            return value;
        }

        /// <summary>
        /// Computes the origin and school proximities of every municipality now instead of when a scan first meets
        /// them. Afterwards scans only read the tables, so several threads may scan with this request at once.
        /// </summary>
        public void FillProximity()
        {
            for (int place = 0; place < index.municipalities.Length; place++)
            {
                OriginProximity(place);
                SchoolProximity(place);
            }
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
            foreach (string? code in codes)
            {
                if (code is not null && index.persons.TryGetValue(code, out int id) && !ids.Contains(id))
                {
                    ids.Add(id);
                }
            }

            return [.. ids];
        }

        /// <summary>The <c>years</c> argument of <see cref="LatestDayWhere"/> that asks for adulthood rather than an age.</summary>
        private const int Adult = -1;

        /// <summary>
        /// The last birth day number for which a child is at least <paramref name="years"/> old on <paramref name="start"/>
        /// (or, with <see cref="Adult"/>, is no longer a minor): true up to some day and false after, found by walking from
        /// <paramref name="guess"/>. No delegate, so compiling a request allocates nothing here.
        /// </summary>
        private static int LatestDayWhere(LocalDate start, int years, int guess)
        {
            int day = guess;
            if (Holds(start, years, day))
            {
                while (Holds(start, years, day + 1))
                {
                    day++;
                }
            }
            else
            {
                while (!Holds(start, years, day))
                {
                    day--;
                }
            }

            return day;
        }

        private static bool Holds(LocalDate start, int years, int day) => years == Adult
            ? !Ages.IsMinorOn(DayNumbers.ToDate(day), start)
            : Ages.YearsOn(DayNumbers.ToDate(day), start) >= years;
    }
}

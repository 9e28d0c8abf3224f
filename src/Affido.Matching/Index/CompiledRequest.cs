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
            StatusMask = Approved | (request.IncludeInAssessment ? InAssessment : 0);
            int formBit = FormBit(request.Form);
            int arrangementBit = ArrangementBit(request.Arrangement);
            FormMask = formBit == 0 || arrangementBit == 0 ? ImpossibleBit : formBit | arrangementBit;
            GroupSize = request.GroupSize;
            YoungestAge = request.YoungestAge;
            OldestAge = request.OldestAge;
            var needs = request.Needs;
            for (int c = 0; c < NeedProfile.CategoryCount; c++)
            {
                int shift = 2 * c;
                switch (needs[(NeedCategory)c])
                {
                    case NeedLevel.High:
                        NeedsHighMask |= 0b11 << shift;
                        break;
                    case NeedLevel.Medium:
                        NeedsHighMask |= 0b10 << shift;
                        break;
                    case NeedLevel.Low:
                        NeedsLowMask |= 0b01 << shift;
                        break;
                    default:
                        break;
                }
            }

            var places = index.municipalities;
            ProtectionTable = new byte[places.Length];
            if (request.Protection != ProtectionConstraint.None)
            {
                for (int m = 0; m < places.Length; m++)
                {
                    ProtectionTable[m] = FilterRules.ProtectionAllows(places[m], request.FamilyOfOrigin, request.Protection) ? (byte)0 : (byte)1;
                }
            }

            origin = new double[places.Length];
            Array.Fill(origin, double.NaN);
            if (request.School is not null)
            {
                school = new double[places.Length];
                Array.Fill(school, double.NaN);
            }

            Languages = index.languages.Compile(request.DistinctLanguages.Select(l => l.Value));
            Backgrounds = index.backgrounds.Compile(request.DistinctBackgrounds.Select(b => b.Value));
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
                householdByAge[age + 1] = CriterionFormulas.HouseholdFit(age, OldestAge);
            }

            noMinorChildren = CriterionFormulas.HouseholdFit(null, OldestAge);
        }

        public int StartDay { get; }

        public int EndDay { get; }

        public int StatusMask { get; }

        public int FormMask { get; }

        public int GroupSize { get; }

        public int YoungestAge { get; }

        public int OldestAge { get; }

        public int NeedsHighMask { get; }

        public int NeedsLowMask { get; }

        /// <summary>Per municipality: 1 when the protection constraint excludes it, 0 otherwise.</summary>
        public byte[] ProtectionTable { get; }

        public TagColumn.Query Languages { get; }

        public TagColumn.Query Backgrounds { get; }

        public int[] MinorPersons { get; }

        public int[] ConflictingPersons { get; }

        public bool ScansRelatives => MinorPersons.Length > 0 || ConflictingPersons.Length > 0;

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

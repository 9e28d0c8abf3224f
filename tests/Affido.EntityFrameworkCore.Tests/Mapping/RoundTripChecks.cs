using Affido.EntityFrameworkCore.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;

namespace Affido.EntityFrameworkCore.Tests.Mapping;

/// <summary>
/// Saving and loading carers is lossless, shared by the engines: every member (codes, texts, dates, the availability
/// period, needs, relatives, lists in order with their repetitions and null elements) comes back equal.
/// </summary>
internal static class RoundTripChecks
{
    public static Property SavingAndLoadingIsLossless(TestDatabase database)
        => Prop.ForAll(CarerGenerators.OddCarers.ToArbitrary(), carers =>
        {
            database.Load(carers);
            using var db = database.Open();
            var loaded = db.Carers.AsNoTracking().ToDictionary(c => c.Code);
            Assert.Equal(carers.Length, loaded.Count);
            foreach (var carer in carers)
            {
                Assert.True(loaded.TryGetValue(carer.Code, out var back), $"{database}: carer {carer.Code} not loaded");
                if (!carer.Equals(back))
                {
                    throw new InvalidOperationException($"{database}: carer {carer.Code} changed: " + Differences(carer, back));
                }
            }

            return true;
        });

    /// <summary>The members that differ (for the failure message).</summary>
    public static string Differences(FosterCarer expected, FosterCarer actual)
    {
        var members = typeof(FosterCarer).GetProperties()
            .Where(p => p.GetIndexParameters().Length == 0)
            .Where(p => !Equals(p.GetValue(expected), p.GetValue(actual)))
            .Select(p => $"{p.Name}: {p.GetValue(expected)} -> {p.GetValue(actual)}");
        return string.Join("; ", members);
    }
}

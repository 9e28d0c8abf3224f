namespace Affido.Matching;

/// <summary>The keys of the message files that come from the tables (<see cref="HardFilters"/>, <see cref="SoftCriteria"/>), so no code is typed twice.</summary>
internal static class MessageKeys
{
    public static string Filter(HardFilter filter) => HardFilters.Of(filter).ReasonCode;

    public static string Criterion(Criterion criterion) => SoftCriteria.Of(criterion).Code;
}

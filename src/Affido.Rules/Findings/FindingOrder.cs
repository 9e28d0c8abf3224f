using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// The deterministic order of findings: code, then minor (none first), then carers (none first), then the dates
/// pairwise in their order (date, then role; fewer dates first), then source and English message, all ordinal.
/// </summary>
public sealed class FindingOrder : IComparer<Finding>
{
    /// <summary>The one instance.</summary>
    public static FindingOrder Instance { get; } = new();

    private FindingOrder()
    {
    }

    /// <inheritdoc />
    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }
        if (x is null)
        {
            return -1;
        }
        if (y is null)
        {
            return 1;
        }
        int c = string.CompareOrdinal(x.Code, y.Code);
        if (c == 0)
        {
            c = CompareCodes(x.Minor, y.Minor);
        }
        if (c == 0)
        {
            c = CompareCodes(x.Carer, y.Carer);
        }
        if (c == 0)
        {
            c = CompareDates(x.Dates, y.Dates);
        }
        if (c == 0)
        {
            c = string.CompareOrdinal(x.Source?.Citation, y.Source?.Citation);
        }
        return c != 0 ? c : string.CompareOrdinal(x.Message?.English, y.Message?.English);
    }

    private static int CompareCodes<TCode>(TCode? x, TCode? y)
        where TCode : struct, ICode<TCode>
        => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            _ => x.Value.CompareTo(y.Value),
        };

    private static int CompareDates(ValueArray<FindingDate> x, ValueArray<FindingDate> y)
    {
        int n = Math.Min(x.Count, y.Count);
        for (int i = 0; i < n; i++)
        {
            int c = x[i].Date.CompareTo(y[i].Date);
            if (c == 0)
            {
                c = x[i].Role.CompareTo(y[i].Role);
            }
            if (c != 0)
            {
                return c;
            }
        }
        return x.Count.CompareTo(y.Count);
    }
}

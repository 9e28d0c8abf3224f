using System.Globalization;
using System.Text;
using NodaTime;

namespace Affido.EntityFrameworkCore.Tests.Support;

/// <summary>Values at the edges of what the columns must keep: odd text, every enum value and beyond, extreme numbers and dates.</summary>
internal static class EdgeValues
{
    /// <summary>
    /// Person codes that differ only in case, a trailing space, or hold what SQL patterns and JSON escape (<c>% _ \ "</c>),
    /// non-ASCII letters and a character outside the BMP.
    /// </summary>
    public static readonly string[] TrickyPersons = ["M1", "m1", "M1 ", "M10", "P%1", "P_1", "P\\1", "P\"1", "Pä1", "P😀1", "{\"person\":\"M1\",\"degree\":1,"];

    /// <summary>Texts a district may hold that the model calls blank (white space only), and one that is not.</summary>
    public static readonly string[] BlankDistricts = ["", " ", "\t", "\u00A0", "\u3000\u2028 ", "\u200B"];

    private const string Alphabet = "abcXYZ019 _%\\\"'{}[],:;.-\t\n\u0001àßÄ中€\u00A0\u2028";

    /// <summary>Any text without NUL (PostgreSQL text cannot hold it) and with no lone surrogate.</summary>
    public static string Text(Random random, int maxLength = 12)
    {
        var text = new StringBuilder();
        int length = random.Next(0, maxLength + 1);
        for (int i = 0; i < length; i++)
        {
            if (random.Next(20) == 0)
            {
                text.Append("😀");
            }
            else
            {
                text.Append(Alphabet[random.Next(Alphabet.Length)]);
            }
        }

        return text.ToString();
    }

    /// <summary>Any int, with the small and extreme ones more likely.</summary>
    public static int Int(Random random) => random.Next(6) switch
    {
        0 => int.MinValue,
        1 => int.MaxValue,
        2 => random.Next(-3, 4),
        3 => random.Next(0, 20),
        _ => random.Next(int.MinValue, int.MaxValue),
    };

    /// <summary>A defined or undefined value of <typeparamref name="TEnum"/>.</summary>
    public static TEnum Enum<TEnum>(Random random)
        where TEnum : struct, Enum
    {
        var values = System.Enum.GetValues<TEnum>();
        return random.Next(8) == 0
            ? (TEnum)(object)random.Next(values.Length, 40)
            : values[random.Next(values.Length)];
    }

    /// <summary>A date from year 1 to 9999 (the range of the value converters), the ends more likely.</summary>
    public static LocalDate Date(Random random) => random.Next(10) switch
    {
        0 => new LocalDate(1, 1, 1),
        1 => new LocalDate(9999, 12, 31),
        2 => SupportedDates.Earliest,
        3 => SupportedDates.Latest,
        4 => new LocalDate(2024, 2, 29),
        _ => new LocalDate(1, 1, 1).PlusDays(random.Next(0, 3_652_058)),
    };

    /// <summary>Any double, the special ones (NaN, infinities, -0, subnormal, extremes) more likely.</summary>
    public static double Double(Random random) => random.Next(12) switch
    {
        0 => double.NaN,
        1 => double.PositiveInfinity,
        2 => double.NegativeInfinity,
        3 => -0.0,
        4 => double.Epsilon,
        5 => double.MaxValue,
        6 => double.MinValue,
        7 => 0.1 + 0.2,
        _ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-300, 300)),
    };

    /// <summary>A list of 0 to <paramref name="max"/> items (repetitions possible).</summary>
    public static ValueArray<T> List<T>(Random random, Func<Random, T> item, int max = 4)
    {
        int count = random.Next(0, max + 1);
        var items = new T[count];
        for (int i = 0; i < count; i++)
        {
            items[i] = item(random);
        }

        return ValueArray.Create<T>(items);
    }

    /// <summary>A code text for a key: unique thanks to its serial, with odd text around it.</summary>
    public static string UniqueCode(Random random, int serial)
        => Text(random, 6) + "#" + serial.ToString(CultureInfo.InvariantCulture);
}

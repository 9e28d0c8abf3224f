using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Affido.Domain;

/// <summary>
/// How each <see cref="MessageLanguage"/> writes dates, times, amounts, periods and ordinals in the library's messages:
/// one fixed way per language, independent of the server's culture (it-IT, de-DE or ar-SA give the same bytes).
/// </summary>
/// <remarks>
/// Italian: <c>16/03/2026</c>, <c>16/03/2026 14:30</c>, <c>1.234,50 €</c>, <c>2 anni e 3 mesi</c>, <c>2°</c>.
/// English: <c>2026-03-16</c>, <c>2026-03-16 14:30</c>, <c>EUR 1,234.50</c>, <c>2 years and 3 months</c>, <c>2nd</c>.
/// Only the invariant culture is ever asked for digits, so no culture data is needed at run time.
/// </remarks>
public static class MessageFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly LocalDatePattern ItalianDate = LocalDatePattern.CreateWithInvariantCulture("dd'/'MM'/'uuuu");
    private static readonly LocalDateTimePattern ItalianDateTime = LocalDateTimePattern.CreateWithInvariantCulture("dd'/'MM'/'uuuu HH':'mm");
    private static readonly LocalDateTimePattern EnglishDateTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm");

    /// <summary>A date: 16/03/2026 in Italian, 2026-03-16 in English.</summary>
    /// <param name="date">The date.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string Date(LocalDate date, MessageLanguage language)
        => language == MessageLanguage.Italian ? ItalianDate.Format(date) : LocalDatePattern.Iso.Format(date);

    /// <summary>A date and time to the minute: 16/03/2026 14:30 in Italian, 2026-03-16 14:30 in English.</summary>
    /// <param name="dateTime">The local date and time.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string DateTime(LocalDateTime dateTime, MessageLanguage language)
        => (language == MessageLanguage.Italian ? ItalianDateTime : EnglishDateTime).Format(dateTime);

    /// <summary>An amount in euros to the cent: 1.234,50 € in Italian, EUR 1,234.50 in English.</summary>
    /// <param name="euros">The amount.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string Money(decimal euros, MessageLanguage language)
    {
        string english = euros.ToString("#,0.00", Invariant);
        if (language != MessageLanguage.Italian)
        {
            return "EUR " + english;
        }

        var italian = new StringBuilder(english.Length + 2);
        foreach (char c in english)
        {
            italian.Append(c switch { ',' => '.', '.' => ',', _ => c });
        }

        return italian.Append(" €").ToString();
    }

    /// <summary>A whole number, in plain digits (the same in both languages).</summary>
    /// <param name="number">The number.</param>
    /// <returns>The text.</returns>
    public static string Number(long number) => number.ToString(Invariant);

    /// <summary>An ordinal: 2° in Italian, 2nd in English.</summary>
    /// <param name="number">The number.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string Ordinal(int number, MessageLanguage language)
    {
        string digits = number.ToString(Invariant);
        if (language == MessageLanguage.Italian)
        {
            return digits + "°";
        }

        int lastTwo = Math.Abs(number % 100);
        string suffix = lastTwo is >= 11 and <= 13 ? "th" : (lastTwo % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return digits + suffix;
    }

    /// <summary>A period in words: "2 anni e 3 mesi" in Italian, "2 years and 3 months" in English; "0 giorni" / "0 days" when zero.</summary>
    /// <param name="period">The period.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static string Period(Period period, MessageLanguage language)
    {
        ArgumentNullException.ThrowIfNull(period);
        bool italian = language == MessageLanguage.Italian;
        var parts = new List<string>(4);
        Add(parts, period.Years, italian ? "anno" : "year", italian ? "anni" : "years");
        Add(parts, period.Months, italian ? "mese" : "month", italian ? "mesi" : "months");
        Add(parts, period.Weeks, italian ? "settimana" : "week", italian ? "settimane" : "weeks");
        Add(parts, period.Days, italian ? "giorno" : "day", italian ? "giorni" : "days");
        Add(parts, period.Hours, italian ? "ora" : "hour", italian ? "ore" : "hours");
        Add(parts, period.Minutes, italian ? "minuto" : "minute", italian ? "minuti" : "minutes");
        if (period.Seconds != 0 || period.Milliseconds != 0 || period.Ticks != 0 || period.Nanoseconds != 0)
        {
            parts.Add(period.ToString());
        }

        if (parts.Count == 0)
        {
            return italian ? "0 giorni" : "0 days";
        }

        string and = italian ? " e " : " and ";
        return parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + and + parts[^1];
    }

    private static void Add(List<string> parts, long amount, string singular, string plural)
    {
        if (amount != 0)
        {
            parts.Add(amount.ToString(Invariant) + " " + (amount == 1 ? singular : plural));
        }
    }
}

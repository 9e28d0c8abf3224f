using NodaTime;

namespace Affido.Domain;

/// <summary>
/// A named value filled into a message template (<c>{name}</c>), written the way each language writes it
/// (<see cref="MessageFormat"/>).
/// </summary>
/// <remarks>Built with the static factories (<see cref="Date"/>, <see cref="Money"/>...); the <c>default</c> value has no name and is rejected by <see cref="MessageCatalogue.Render"/>.</remarks>
public readonly struct MessageArgument
{
    private readonly Func<MessageLanguage, string>? format;

    private MessageArgument(string name, Func<MessageLanguage, string> format)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        this.format = format;
    }

    /// <summary>The placeholder's name, without braces.</summary>
    public string Name { get; }

    /// <summary>A date (<see cref="MessageFormat.Date"/>).</summary>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="date">The date.</param>
    /// <returns>The argument.</returns>
    public static MessageArgument Date(string name, LocalDate date) => new(name, language => MessageFormat.Date(date, language));

    /// <summary>A date and time to the minute (<see cref="MessageFormat.DateTime"/>).</summary>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="dateTime">The local date and time.</param>
    /// <returns>The argument.</returns>
    public static MessageArgument DateTime(string name, LocalDateTime dateTime) => new(name, language => MessageFormat.DateTime(dateTime, language));

    /// <summary>An amount in euros (<see cref="MessageFormat.Money"/>).</summary>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="euros">The amount.</param>
    /// <returns>The argument.</returns>
    public static MessageArgument Money(string name, decimal euros) => new(name, language => MessageFormat.Money(euros, language));

    /// <summary>A whole number (<see cref="MessageFormat.Number"/>).</summary>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="number">The number.</param>
    /// <returns>The argument.</returns>
    public static MessageArgument Number(string name, long number) => new(name, _ => MessageFormat.Number(number));

    /// <summary>An ordinal (<see cref="MessageFormat.Ordinal"/>).</summary>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="number">The number.</param>
    /// <returns>The argument.</returns>
    public static MessageArgument Ordinal(string name, int number) => new(name, language => MessageFormat.Ordinal(number, language));

    /// <summary>A period in words (<see cref="MessageFormat.Period"/>).</summary>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="period">The period.</param>
    /// <returns>The argument.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static MessageArgument Period(string name, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new(name, language => MessageFormat.Period(period, language));
    }

    /// <summary>A text written the same in every language: a pseudonymous code, a decree's reference.</summary>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="text">The text (<see langword="null"/> is written as empty).</param>
    /// <returns>The argument.</returns>
    public static MessageArgument Text(string name, string? text) => new(name, _ => text ?? string.Empty);

    /// <summary>Words that differ by language (a role, a kind of kinship).</summary>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="words">The words in each language.</param>
    /// <returns>The argument.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is null.</exception>
    public static MessageArgument Words(string name, BilingualText words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return new(name, words.In);
    }

    /// <summary>The value written in <paramref name="language"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="InvalidOperationException">The argument is the <c>default</c> value.</exception>
    public string Format(MessageLanguage language)
        => format is null ? throw new InvalidOperationException("A default MessageArgument has no value.") : format(language);
}

namespace Affido.Matching;

/// <summary>Validates options where they enter the library (a programming error, hence an exception).</summary>
internal static class OptionsGuard
{
    private static readonly MatchingOptionsValidator Validator = new();

    public static MatchingOptions Validated(MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = Validator.Validate(options);
        if (!result.IsValid)
        {
            throw new ArgumentException("Invalid matching options: " + string.Join("; ", result.Errors.Select(e => e.ErrorMessage)), nameof(options));
        }

        return options;
    }
}

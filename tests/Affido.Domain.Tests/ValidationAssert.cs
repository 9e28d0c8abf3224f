using System.Reflection;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;

namespace Affido.Domain.Tests;

/// <summary>Assertions on validation results that say what was expected and what came back.</summary>
internal static partial class ValidationAssert
{
    public static void Valid<T>(IValidator<T> validator, T instance)
    {
        var result = validator.Validate(instance);
        Assert.True(result.IsValid, "expected valid, got: " + Describe(result));
    }

    public static ValidationFailure Fails<T>(IValidator<T> validator, T instance, string propertyName, string errorCode)
    {
        var result = validator.Validate(instance);
        var failure = result.Errors.FirstOrDefault(e => e.PropertyName == propertyName && e.ErrorCode == errorCode);
        Assert.True(failure is not null, $"expected {propertyName}: {errorCode}, got: {Describe(result)}");
        return failure!;
    }

    public static bool Has(ValidationResult result, string propertyName, string errorCode)
        => result.Errors.Any(e => e.PropertyName == propertyName && e.ErrorCode == errorCode);

    public static string Describe(ValidationResult result)
        => result.IsValid ? "(valid)" : string.Join("; ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorCode} ({e.ErrorMessage})"));

    /// <summary>The grammar of every code of the library: two or three lower-case kebab segments joined by dots.</summary>
    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*){1,2}$")]
    public static partial Regex CodeGrammar();

    /// <summary>
    /// What is wrong with <paramref name="failure"/> as a failure of a domain validator of <paramref name="root"/>, or
    /// <see langword="null"/>: a code of the catalogue, the English message as ErrorMessage and both languages in the
    /// state, a path that names a member of <paramref name="root"/> (empty only for a null root), an attempted value
    /// that cannot be personal data.
    /// </summary>
    public static string? Malformed(Type root, ValidationFailure failure, bool rootIsNull)
    {
        if (!CodeGrammar().IsMatch(failure.ErrorCode ?? string.Empty) || !DomainMessages.Catalogue.Contains(failure.ErrorCode!))
        {
            return $"code '{failure.ErrorCode}' is not a catalogued code";
        }

        if (failure.CustomState is not BilingualText text || text.English != failure.ErrorMessage || string.IsNullOrWhiteSpace(text.Italian))
        {
            return $"'{failure.ErrorMessage}' has no Italian text in its state";
        }

        if (failure.ErrorMessage.Contains('{', StringComparison.Ordinal))
        {
            return $"'{failure.ErrorMessage}' holds a placeholder";
        }

        if (!AttemptedValues.IsShareable(failure.AttemptedValue))
        {
            return $"attempted value of type {failure.AttemptedValue!.GetType().Name} may be personal data";
        }

        if (rootIsNull)
        {
            return failure.PropertyName.Length == 0 && failure.ErrorCode == ValidationCodes.Required ? null : "a null root must give one value.required at the empty path";
        }

        return NamesAMember(root, failure.PropertyName) ? null : $"path '{failure.PropertyName}' names no member of {root.Name}";
    }

    /// <summary>Whether <paramref name="path"/> (<c>Minors[0].BirthDate</c>) leads through public properties of <paramref name="root"/>.</summary>
    public static bool NamesAMember(Type root, string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        var type = root;
        foreach (string segment in path.Split('.'))
        {
            int bracket = segment.IndexOf('[', StringComparison.Ordinal);
            string name = bracket < 0 ? segment : segment[..bracket];
            var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
            if (property is null)
            {
                return false;
            }

            type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (bracket >= 0)
            {
                if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(ValueArray<>))
                {
                    return false;
                }

                type = type.GetGenericArguments()[0];
            }
        }

        return true;
    }
}

using FluentValidation;
using FluentValidation.Results;

namespace Affido.Domain.Tests;

/// <summary>Assertions on validation results that say what was expected and what came back.</summary>
internal static class ValidationAssert
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
}

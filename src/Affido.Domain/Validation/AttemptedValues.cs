using FluentValidation.Results;
using NodaTime;

namespace Affido.Domain;

/// <summary>
/// Which attempted values a validation failure may carry (<see cref="ValidationFailure.AttemptedValue"/>): only those
/// that cannot be personal data. The domain validators (<see cref="AffidoValidator{T}"/>) clear every other one.
/// </summary>
/// <remarks>
/// <para>Kept: numbers (an age limit, a number of places, a NaN latitude), booleans, enum values (a failing enum value
/// is one no member defines) and NodaTime <see cref="Period"/>s (a duration or a cadence).</para>
/// <para>Cleared: everything else, in particular dates (a birth date, the day of a hearing), codes (a pseudonymous code
/// is personal data under Reg. UE 2016/679 recital 26), texts (a name, an address, a stated reason), coordinates and
/// records. The failure still names the member and its code; the caller has the value it sent.</para>
/// </remarks>
public static class AttemptedValues
{
    /// <summary>Whether <paramref name="value"/> may travel in a validation failure: a number, a boolean, an enum value, a period, or <see langword="null"/>.</summary>
    /// <param name="value">The attempted value.</param>
    /// <returns>True when it cannot be personal data.</returns>
    public static bool IsShareable(object? value) => value switch
    {
        null or bool or Enum or Period => true,
        sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal => true,
        _ => false,
    };

    /// <summary>Clears the attempted values that are not <see cref="IsShareable"/>.</summary>
    /// <param name="failures">The failures, changed in place.</param>
    internal static void Clear(IEnumerable<ValidationFailure> failures)
    {
        foreach (var failure in failures)
        {
            if (failure is not null && !IsShareable(failure.AttemptedValue))
            {
                failure.AttemptedValue = null;
            }
        }
    }
}

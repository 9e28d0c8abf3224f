using NodaTime;

namespace Affido.Rules;

/// <summary>The versions of <c>duration.extension-signal-due</c> and how one is picked by the date of the provision.</summary>
public static class ExtensionSignalRules
{
    /// <summary>Every version, oldest first: before and since 28 February 2023 (D.Lgs. 149/2022).</summary>
    public static IReadOnlyList<IPlacementRule> Versions { get; } = [ExtensionSignalNotRequiredRule.Instance, ExtensionSignalDueRule.Instance];

    /// <summary>The version that applies to a provision dated <paramref name="provisionDate"/> (their validities do not overlap and cover every date).</summary>
    /// <param name="provisionDate">The date of the provision (the start of the placement).</param>
    /// <exception cref="InvalidOperationException">Never in practice: the versions cover every date (a test checks it).</exception>
    public static IPlacementRule VersionFor(LocalDate provisionDate)
    {
        foreach (var version in Versions)
        {
            if (version.Validity.AppliesTo(provisionDate))
            {
                return version;
            }
        }
        throw new InvalidOperationException("The versions of duration.extension-signal-due do not cover " + provisionDate.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ".");
    }
}

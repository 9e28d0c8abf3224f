using Xunit.Abstractions;
using Xunit.Sdk;

namespace Affido.TestSupport;

/// <summary>
/// Gives every <see cref="PropertyAttribute"/> test the trait <c>Kind=Property</c>, and a hostile-input one
/// (<c>[Property(Hostile = true)]</c>) the trait <c>Kind=Hostile</c> too.
/// </summary>
public sealed class PropertyTraitDiscoverer : ITraitDiscoverer
{
    /// <summary>The trait's name.</summary>
    public const string Name = "Kind";

    /// <summary>The trait's value.</summary>
    public const string Value = "Property";

    /// <summary>The trait's value for hostile-input properties.</summary>
    public const string HostileValue = "Hostile";

    /// <inheritdoc />
    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute)
    {
        yield return new KeyValuePair<string, string>(Name, Value);
        if (traitAttribute.GetNamedArgument<bool>(nameof(PropertyAttribute.Hostile)))
        {
            yield return new KeyValuePair<string, string>(Name, HostileValue);
        }
    }
}

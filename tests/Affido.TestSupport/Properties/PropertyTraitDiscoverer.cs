using Xunit.Abstractions;
using Xunit.Sdk;

namespace Affido.TestSupport;

/// <summary>
/// Gives every <see cref="PropertyAttribute"/> test the trait <c>Kind=Property</c>, and a hostile-input one
/// (<c>[Property(Hostile = true)]</c>) the trait <c>Kind=Hostile</c> too; also every <c>[PostgresProperty]</c> test.
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
        // PostgresPropertyAttribute has no Hostile member, so read it from the attribute itself when reflection gives one.
        bool hostile = traitAttribute is IReflectionAttributeInfo reflection
            ? reflection.Attribute is PropertyAttribute { Hostile: true }
            : traitAttribute.GetNamedArgument<bool>(nameof(PropertyAttribute.Hostile));
        if (hostile)
        {
            yield return new KeyValuePair<string, string>(Name, HostileValue);
        }
    }
}

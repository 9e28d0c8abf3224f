using Xunit.Abstractions;
using Xunit.Sdk;

namespace Affido.TestSupport;

/// <summary>Gives every <see cref="PropertyAttribute"/> test the trait <c>Kind=Property</c>.</summary>
public sealed class PropertyTraitDiscoverer : ITraitDiscoverer
{
    /// <summary>The trait's name.</summary>
    public const string Name = "Kind";

    /// <summary>The trait's value.</summary>
    public const string Value = "Property";

    /// <inheritdoc />
    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute)
    {
        yield return new KeyValuePair<string, string>(Name, Value);
    }
}

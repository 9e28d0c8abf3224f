using FluentValidation;

namespace Affido.Domain;

/// <summary>Validates a <see cref="GeoPoint"/>: latitude in [-90, 90], longitude in [-180, 180], both finite (never NaN or infinite).</summary>
public sealed class GeoPointValidator : AffidoValidator<GeoPoint>
{
    /// <summary>Declares the rules.</summary>
    public GeoPointValidator()
    {
        RuleFor(x => x.Latitude).Latitude();
        RuleFor(x => x.Longitude).Longitude();
    }
}

using FluentValidation;

namespace Affido.Domain;

/// <summary>Validates a <see cref="GeoPoint"/>: latitude in [-90, 90], longitude in [-180, 180], neither NaN.</summary>
public sealed class GeoPointValidator : AbstractValidator<GeoPoint>
{
    /// <summary>Declares the rules.</summary>
    public GeoPointValidator()
    {
        RuleFor(x => x.Latitude).Latitude();
        RuleFor(x => x.Longitude).Longitude();
    }
}

namespace Affido.Domain;

/// <summary>How much a minor needs in a <see cref="NeedCategory"/>, or the most a carer accepts in it.</summary>
/// <remarks>Ordered: a carer accepting <see cref="Medium"/> accepts <see cref="None"/>, <see cref="Low"/> and <see cref="Medium"/>.</remarks>
public enum NeedLevel
{
    /// <summary>No need in the category.</summary>
    None = 0,

    /// <summary>A low need.</summary>
    Low = 1,

    /// <summary>A medium need.</summary>
    Medium = 2,

    /// <summary>A high need.</summary>
    High = 3,
}

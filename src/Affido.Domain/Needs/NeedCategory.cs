namespace Affido.Domain;

/// <summary>
/// A category of need on which a minor is graded and a carer states the highest level it accepts.
/// </summary>
/// <remarks>
/// Graded, not yes/no, as caseworkers ask of the registries they use (the UK's Link Maker grades needs the same way).
/// The values are contiguous from 0 to <see cref="NeedProfile.CategoryCount"/> - 1; new categories are appended.
/// </remarks>
public enum NeedCategory
{
    /// <summary>Physical or intellectual disability.</summary>
    Disability = 0,

    /// <summary>Health needs (chronic illness, medication, therapies).</summary>
    Health = 1,

    /// <summary>Behavioural needs.</summary>
    Behaviour = 2,

    /// <summary>Learning needs (special educational needs, DSA/BES).</summary>
    Learning = 3,

    /// <summary>Trauma, abuse or neglect.</summary>
    Trauma = 4,

    /// <summary>Emotional and mental-health needs.</summary>
    Emotional = 5,

    /// <summary>Exposure to substance misuse (pre-natal or in the family).</summary>
    SubstanceExposure = 6,

    /// <summary>Complex or conflictual contact with the family of origin.</summary>
    ComplexContact = 7,
}

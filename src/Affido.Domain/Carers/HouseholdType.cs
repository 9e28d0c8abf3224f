namespace Affido.Domain;

/// <summary>The kind of carer household (Reg. art. 6: "le famiglie, le coppie o le singole persone").</summary>
public enum HouseholdType
{
    /// <summary>A couple, with or without children of their own.</summary>
    Couple = 0,

    /// <summary>A single person, with or without children of their own.</summary>
    SinglePerson = 1,
}

using NodaTime;

namespace Affido.Domain;

/// <summary>The composition of a carer household (Provincia di Milano registry: "struttura").</summary>
/// <param name="Type">Couple or single person.</param>
/// <param name="ChildrenBirthDates">The birth dates of the carers' own children living with them.</param>
public sealed record Household(HouseholdType Type, ValueArray<LocalDate> ChildrenBirthDates = default);

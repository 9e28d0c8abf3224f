namespace Affido.Domain;

/// <summary>
/// The foster-care service that knows a carer (servizio affido referente): the registry gives its name, address and
/// contacts so that the searching service can call it (Provincia di Milano, "Banca Dati Famiglie Affidatarie Online").
/// </summary>
/// <param name="Name">The service's name (an office, not a person).</param>
/// <param name="Address">The postal address.</param>
/// <param name="Phone">The office telephone.</param>
/// <param name="Email">The office e-mail.</param>
public sealed record FosterCareService(string Name, string Address, string Phone, string Email);

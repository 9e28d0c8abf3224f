namespace Affido.Domain;

/// <summary>
/// A social district (ambito territoriale sociale): the municipalities that plan social services together through an
/// Ufficio di Piano (L. 328/2000 art. 8; in Lombardy the ambiti of the Piani di Zona).
/// </summary>
/// <param name="Code">The district's code.</param>
/// <param name="Name">The district's name (e.g. "Ambito Distrettuale Visconteo Sud Milano").</param>
/// <param name="ReferenceMunicipality">The municipality the district is named after or led by.</param>
/// <param name="Members">The member municipalities' ISTAT codes (may hold only the reference municipality when the source lists no members).</param>
public sealed record SocialDistrict(DistrictCode Code, string Name, IstatCode ReferenceMunicipality, ValueArray<IstatCode> Members);

namespace Affido.Matching;

/// <summary>
/// How far from the family of origin the carer must live, when the minor must be protected from it
/// (e.g. a judicial placement after an urgent removal, L. 184/1983 art. 4 c. 2; art. 403 c.c.).
/// </summary>
public enum ProtectionConstraint
{
    /// <summary>No constraint: carers near the family of origin are preferred (proximity criterion).</summary>
    None = 0,

    /// <summary>The carer must not live in the family of origin's municipality.</summary>
    NotSameMunicipality = 1,

    /// <summary>
    /// The carer must live neither in the family of origin's municipality nor in its social district (ambito
    /// territoriale sociale). A carer whose district is unknown is excluded: it cannot be shown to be outside.
    /// </summary>
    NotSameDistrict = 2,
}

namespace Affido.Rules;

/// <summary>What a civil proceeding about a minor is on, for the duty to convene the carers (L. 184/1983 art. 5 c. 1).</summary>
public enum ProceedingMatter
{
    /// <summary>Parental responsibility (responsabilità genitoriale, e.g. art. 330, 333 c.c.): carers must be convened.</summary>
    ParentalResponsibility = 0,

    /// <summary>Placement (affidamento): carers must be convened.</summary>
    Placement = 1,

    /// <summary>Adoptability (adottabilità, L. 184/1983 art. 8 ff.): carers must be convened.</summary>
    Adoptability = 2,

    /// <summary>Any other matter: no duty under art. 5 c. 1.</summary>
    Other = 3,
}

using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>plan.signature-missing</c>: the plan is signed by the social service, the carers and the foster-care service
/// (Reg. art. 8, last paragraph); one finding per missing signature. The family of origin ("quando possibile") and the
/// minor ("se opportuno") are not required. Error.
/// </summary>
public sealed class PlanSignaturesRule : IPlacementRule
{
    private static readonly (Signatory By, string Italian, string English)[] Required =
    [
        (Signatory.SocialService, "del servizio sociale", "of the social service"),
        (Signatory.Carers, "degli affidatari", "of the carers"),
        (Signatory.FosterCareService, "del servizio affidi", "of the foster-care service"),
    ];

    /// <inheritdoc />
    public IReadOnlyList<string> Codes { get; } = [RuleCodes.PlanSignatureMissing];

    /// <inheritdoc />
    public RuleValidity Validity => RuleValidity.Always;

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(PlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (by, italian, english) in Required)
        {
            if (!context.Plan.Signatures.Any(s => s.By == by))
            {
                yield return new Finding(
                    RuleCodes.PlanSignatureMissing,
                    Severity.Error,
                    new($"Manca la firma del progetto {italian}.", $"The plan lacks the signature {english}."),
                    "Reg. art. 8");
            }
        }
    }
}

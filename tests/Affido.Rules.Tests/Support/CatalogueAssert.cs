namespace Affido.Rules.Tests;

internal static class CatalogueAssert
{
    /// <summary>The single finding of <paramref name="code"/>, checked against the catalogue's severity and exact source.</summary>
    public static Finding Single(RuleEvaluation evaluation, string code, Severity severity, string source)
    {
        var finding = Assert.Single(evaluation.Only(code));
        Assert.Equal(severity, finding.Severity);
        Assert.Equal(source, finding.Source.Citation);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message.Italian));
        Assert.False(string.IsNullOrWhiteSpace(finding.Message.English));
        var kind = Assert.Single(RuleCatalogue.Default.Kinds, k => k.Code == code);
        Assert.Equal(kind.Source, finding.Source);
        return finding;
    }
}

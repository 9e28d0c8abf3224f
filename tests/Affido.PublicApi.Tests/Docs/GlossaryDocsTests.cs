namespace Affido.PublicApi.Tests.Docs;

/// <summary>
/// docs/GLOSSARY.md maps the Italian terms to the code: every type it names in backticks is a public type of an
/// Affido package, and every member it names (<c>Placement.IsDirect</c>, <c>LegalBasis.Consensual</c>) a public member
/// of it. A renamed or removed type fails here, naming the line of the glossary to fix.
/// </summary>
public sealed class GlossaryDocsTests
{
    [Fact]
    public void Every_type_the_glossary_names_is_a_public_type_of_an_affido_package()
    {
        var problems = DocumentedNames.Problems("docs/GLOSSARY.md", publicOnly: true, out int names);
        Assert.True(names > 50, $"only {names} names found in docs/GLOSSARY.md");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}

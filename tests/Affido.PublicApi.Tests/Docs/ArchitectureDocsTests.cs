namespace Affido.PublicApi.Tests.Docs;

/// <summary>
/// docs/architecture.md is for contributors: every type and member it names in backticks exists in an Affido package
/// (internal machinery included) or is a test class of the repository, and every path it names exists; names that do
/// not exist yet, in its worked examples, are written in italics or inside code blocks.
/// </summary>
public sealed class ArchitectureDocsTests
{
    [Fact]
    public void Every_type_member_and_path_the_architecture_names_exists()
    {
        var problems = DocumentedNames.Problems("docs/architecture.md", publicOnly: false, out int names);
        Assert.True(names > 100, $"only {names} names found in docs/architecture.md");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}

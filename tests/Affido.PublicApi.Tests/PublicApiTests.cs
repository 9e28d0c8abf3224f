using System.Reflection;
using PublicApiGenerator;

namespace Affido.PublicApi.Tests;

/// <summary>
/// The public API of every package, written out by PublicApiGenerator and compared with the approved file committed
/// in <c>tests/Affido.PublicApi.Tests/Approved/</c>: any change to the public surface shows up in review as a change
/// to that file.
/// </summary>
/// <remarks>
/// When a change is intended, run the tests once with <c>AFFIDO_APPROVE=1</c> to rewrite the approved files, and commit
/// them with the change. Otherwise a mismatch fails and leaves <c>*.received.txt</c> next to the approved file.
/// </remarks>
public sealed class PublicApiTests
{
    public static TheoryData<string> Packages => new(PackageAssemblies.Keys.Order(StringComparer.Ordinal));

    private static readonly Dictionary<string, Assembly> PackageAssemblies = new(StringComparer.Ordinal)
    {
        ["Affido.Domain"] = typeof(Affido.Domain.Minor).Assembly,
        ["Affido.Rules"] = typeof(Affido.Rules.Finding).Assembly,
        ["Affido.Matching"] = typeof(Affido.Matching.CarerIndex).Assembly,
        ["Affido.Serialization.SystemTextJson"] = typeof(Affido.Serialization.SystemTextJson.AffidoJsonExtensions).Assembly,
        ["Affido.EntityFrameworkCore"] = typeof(Affido.EntityFrameworkCore.RegistryModelBuilderExtensions).Assembly,
    };

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_public_api_is_the_approved_one(string package)
    {
        string api = PackageAssemblies[package].GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
            ExcludeAttributes = ["System.Runtime.CompilerServices.NullableContextAttribute", "System.Runtime.CompilerServices.NullableAttribute"],
        }).ReplaceLineEndings("\n");

        string folder = Path.Combine(RepositoryRoot(), "tests", "Affido.PublicApi.Tests", "Approved");
        string approvedPath = Path.Combine(folder, package + ".txt");
        string receivedPath = Path.Combine(folder, package + ".received.txt");
        if (Environment.GetEnvironmentVariable("AFFIDO_APPROVE") == "1")
        {
            File.WriteAllText(approvedPath, api);
            File.Delete(receivedPath);
            return;
        }

        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (approved != api)
        {
            File.WriteAllText(receivedPath, api);
            Assert.Fail($"The public API of {package} differs from {approvedPath}. Compare it with {receivedPath}; if the change is intended, run the tests with AFFIDO_APPROVE=1 and commit the approved file.");
        }

        File.Delete(receivedPath);
    }

    private static string RepositoryRoot()
        => typeof(PublicApiTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;
}

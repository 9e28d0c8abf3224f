using Affido.Domain;
using NodaTime;
using static Affido.Rules.Tests.Judicial.JudicialFixtures;

namespace Affido.Rules.Tests.Judicial;

public sealed class JudicialValidatorTests
{
    private static readonly InformalHosting Hosting = new(MinorA, new PersonCode("P-HOST"), new LocalDate(2026, 1, 15));

    [Fact]
    public void Informal_hosting_validator_accepts_a_coherent_record_and_names_each_problem()
    {
        var validator = new InformalHostingValidator();
        Assert.True(validator.Validate(Hosting with { HostKinshipDegree = 5, ReportedOn = Hosting.HostingSince }).IsValid);
        Assert.Equal(Affido.Domain.ValidationCodes.CodeEmpty, Assert.Single(validator.Validate(Hosting with { Host = new PersonCode(" ") }).Errors).ErrorCode);
        Assert.Equal(InformalHostingValidator.DegreeNotPositive, Assert.Single(validator.Validate(Hosting with { HostKinshipDegree = 0 }).Errors).ErrorCode);
        Assert.Equal(InformalHostingValidator.DateBeforeStart, Assert.Single(validator.Validate(Hosting with { ReportedOn = new LocalDate(2026, 1, 14) }).Errors).ErrorCode);
        Assert.Equal(InformalHostingValidator.DateBeforeStart, Assert.Single(validator.Validate(Hosting with { HostingEndedOn = new LocalDate(2026, 1, 14) }).Errors).ErrorCode);
    }

    [Fact]
    public void Service_placement_validator_rejects_non_positive_or_timed_lengths_and_dates_before_the_order()
    {
        var validator = new ServicePlacementOrderValidator();
        var order = new ServicePlacementOrder { IssuedOn = new LocalDate(2026, 2, 10), Duration = Period.FromMonths(12), ReportInterval = Period.FromMonths(6), NotifiedOn = new LocalDate(2026, 2, 10) };
        Assert.True(validator.Validate(order).IsValid);
        Assert.Equal(ServicePlacementOrderValidator.LengthInvalid, Assert.Single(validator.Validate(order with { Duration = Period.Zero }).Errors).ErrorCode);
        Assert.Equal(ServicePlacementOrderValidator.LengthInvalid, Assert.Single(validator.Validate(order with { ReportInterval = Period.FromHours(12) }).Errors).ErrorCode);
        Assert.Equal(ServicePlacementOrderValidator.DateOutOfOrder, Assert.Single(validator.Validate(order with { NotifiedOn = new LocalDate(2026, 2, 9) }).Errors).ErrorCode);
        Assert.Equal(ServicePlacementOrderValidator.DateOutOfOrder, Assert.Single(validator.Validate(order with { ResponsibleNamedOn = new LocalDate(2026, 2, 9) }).Errors).ErrorCode);
    }

    [Fact]
    public void Civil_proceeding_validator_requires_a_reference_and_codes()
    {
        var validator = new CivilProceedingValidator();
        var proceeding = new CivilProceeding("RG 1/2026", ProceedingMatter.Placement, MinorA, new LocalDate(2026, 5, 1), [new CarerCode("C-001")]);
        Assert.True(validator.Validate(proceeding).IsValid);
        Assert.Equal(Affido.Domain.ValidationCodes.TextEmpty, Assert.Single(validator.Validate(proceeding with { Reference = "" }).Errors).ErrorCode);
        Assert.Equal(Affido.Domain.ValidationCodes.CodeEmpty, Assert.Single(validator.Validate(proceeding with { ConvenedCarers = [new CarerCode("")] }).Errors).ErrorCode);
    }
}

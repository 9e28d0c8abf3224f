using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation.Results;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Affido.Serialization.SystemTextJson.Tests;

/// <summary>The arbitraries of the evaluations and their FluentValidation failures.</summary>
public static class EvaluationArbitraries
{
    /// <summary>Evaluations with findings, failures, both or neither.</summary>
    public static Arbitrary<RuleEvaluation> RuleEvaluation() => RulesGenerators.RuleEvaluations.ToArbitrary();

    /// <summary>Failures, with attempted values and custom states, sometimes with nulls.</summary>
    public static Arbitrary<ValidationFailure> ValidationFailure() => RulesGenerators.ValidationFailures.ToArbitrary();
}

/// <summary>
/// A FluentValidation <see cref="ValidationFailure"/> is its path, code, message and severity: never the value that
/// failed nor the validator's custom state (privacy), read back strictly, and an evaluation read back equals the one
/// written (<see cref="RuleEvaluation.Equals(RuleEvaluation?)"/> compares path, code and message).
/// </summary>
public sealed class ValidationFailureTests
{
    private static ValidationFailure Failure => Samples.RuleEvaluation.ValidationFailures[0];

    private const string Written = """{"propertyName":"Placement.Minors[0].BirthDate","errorCode":"date.out-of-range","errorMessage":"Must be a date from 1900-01-01 to 2199-12-31 in the ISO calendar.","severity":"error"}""";

    [Fact]
    public void A_failure_is_written_as_its_path_code_message_and_severity()
        => Assert.Equal(Written, Json.Write(Failure));

    [Fact]
    public void The_attempted_value_and_the_custom_state_are_never_written()
    {
        Assert.Equal(Samples.RejectedBirthDate, Failure.AttemptedValue);
        string json = Json.Write(Samples.RuleEvaluation);
        Assert.DoesNotContain("1899", json, StringComparison.Ordinal);
        Assert.DoesNotContain("trauma", json, StringComparison.Ordinal);
        Assert.DoesNotContain("attemptedValue", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("customState", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("placeholder", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_failure_reads_back_without_value_or_state()
    {
        var back = Json.Read<ValidationFailure>(Written);
        Assert.Equal(("Placement.Minors[0].BirthDate", "date.out-of-range", FluentValidation.Severity.Error), (back.PropertyName, back.ErrorCode, back.Severity));
        Assert.Equal(Failure.ErrorMessage, back.ErrorMessage);
        Assert.Null(back.AttemptedValue);
        Assert.Null(back.CustomState);
    }

    [Fact]
    public void A_failure_built_by_hand_keeps_its_nulls()
    {
        var empty = new ValidationFailure { Severity = FluentValidation.Severity.Info };
        string json = Json.Write(empty);
        Assert.Equal("""{"propertyName":null,"errorCode":null,"errorMessage":null,"severity":"info"}""", json);
        var back = Json.Read<ValidationFailure>(json);
        Assert.Equal((null, null, null, FluentValidation.Severity.Info), (back.PropertyName, back.ErrorCode, back.ErrorMessage, back.Severity));
    }

    [Property(Arbitrary = [typeof(EvaluationArbitraries)], MaxTest = 300)]
    public void Every_failure_is_written_with_exactly_four_members_and_reads_back_the_same(ValidationFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        string json = Json.Write(failure);
        var members = JsonNode.Parse(json)!.AsObject().Select(m => m.Key);
        Assert.Equal(ValidationFailureConverter.MemberNames, members);

        var back = Json.Read<ValidationFailure>(json);
        Assert.Equal((failure.PropertyName, failure.ErrorCode, failure.ErrorMessage, failure.Severity), (back.PropertyName, back.ErrorCode, back.ErrorMessage, back.Severity));
        Assert.Null(back.AttemptedValue);
        Assert.Null(back.CustomState);
        Assert.Equal(json, Json.Write(back));
    }

    [Property(Arbitrary = [typeof(EvaluationArbitraries)], MaxTest = 300)]
    public void An_evaluation_read_back_equals_the_one_written_and_keeps_the_severities(RuleEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var back = Json.Read<RuleEvaluation>(Json.Write(evaluation));
        Assert.Equal(evaluation, back);
        Assert.Equal(evaluation.ValidationFailures.Select(f => f.Severity), back.ValidationFailures.Select(f => f.Severity));
    }

    [Fact]
    public void A_rejected_birth_date_of_the_evaluator_is_not_in_the_JSON()
    {
        var bornTooEarly = Samples.Minor with { BirthDate = Samples.RejectedBirthDate };
        var evaluation = RuleEvaluator.Default.Evaluate(Samples.Placement with { Minors = [bornTooEarly] }, Samples.Plan, new LocalDate(2026, 9, 1));

        Assert.False(evaluation.IsValid);
        Assert.Contains(evaluation.ValidationFailures, f => f.ErrorCode == ValidationCodes.DateOutOfRange && f.PropertyName.EndsWith("BirthDate", StringComparison.Ordinal));

        string json = Json.Write(evaluation);
        Assert.DoesNotContain("1899", json, StringComparison.Ordinal);
        Assert.DoesNotContain("attemptedValue", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(evaluation, Json.Read<RuleEvaluation>(json));
    }

    [Fact]
    public void An_attempted_value_the_evaluator_keeps_is_not_written_either()
    {
        // The domain keeps a period as the attempted value (it cannot be personal data); the JSON writes no value at all.
        var evaluation = RuleEvaluator.Default.Evaluate(Samples.Placement, Samples.Plan with { VerificationCadence = Period.FromMonths(-3) }, new LocalDate(2026, 9, 1));

        Assert.Contains(evaluation.ValidationFailures, f => Equals(f.AttemptedValue, Period.FromMonths(-3)));
        string json = Json.Write(evaluation);
        Assert.DoesNotContain("attemptedValue", json, StringComparison.OrdinalIgnoreCase);
        var back = Json.Read<RuleEvaluation>(json);
        Assert.Equal(evaluation, back);
        Assert.All(back.ValidationFailures, f => Assert.Null(f.AttemptedValue));
    }

    [Theory]
    [InlineData("propertyName")]
    [InlineData("errorCode")]
    [InlineData("errorMessage")]
    [InlineData("severity")]
    public void A_missing_member_is_named(string member)
    {
        var node = JsonNode.Parse(Written)!.AsObject();
        node.Remove(member);
        var ex = Json.ReadFails<ValidationFailure>(node.ToJsonString());
        Assert.Contains($"\"{member}\" is missing", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"attemptedValue":"2016-09-14"}""", "$.attemptedValue", "Unknown member \"attemptedValue\"")]
    [InlineData("""{"customState":null}""", "$.customState", "Unknown member \"customState\"")]
    [InlineData("""{"PropertyName":"x"}""", "$.PropertyName", "Unknown member \"PropertyName\"")]
    [InlineData("""{"errorCode":"again"}""", "$.errorCode", "given twice")]
    public void An_unknown_or_repeated_member_is_rejected(string extra, string path, string shown)
    {
        string json = Written[..^1] + "," + extra[1..];
        var ex = Json.ReadFails<ValidationFailure>(json);
        Assert.Equal(path, AffidoJsonErrors.PathOf(ex));
        Assert.Contains(shown, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("severity", "\"Error\"")]
    [InlineData("severity", "\"fatal\"")]
    [InlineData("severity", "0")]
    [InlineData("severity", "null")]
    [InlineData("errorCode", "5")]
    [InlineData("propertyName", "[]")]
    [InlineData("errorMessage", "{}")]
    public void A_member_of_the_wrong_type_names_its_path(string member, string value)
    {
        var node = JsonNode.Parse(Written)!.AsObject();
        node[member] = JsonNode.Parse(value);
        var ex = Json.ReadFails<ValidationFailure>(node.ToJsonString());
        Assert.Equal("$." + member, AffidoJsonErrors.PathOf(ex));
    }

    [Theory]
    [InlineData("\"date.out-of-range\"")]
    [InlineData("[]")]
    [InlineData("7")]
    public void A_failure_that_is_not_an_object_is_rejected(string json)
        => Assert.Contains("Expected a validation failure", Json.ReadFails<ValidationFailure>(json).Message, StringComparison.Ordinal);

    [Fact]
    public void An_error_in_a_failure_of_an_evaluation_names_its_path()
    {
        var evaluation = JsonNode.Parse(Json.Write(Samples.RuleEvaluation))!;
        evaluation["validationFailures"]![0]!["severity"] = "fatal";
        var ex = Json.ReadFails<RuleEvaluation>(evaluation.ToJsonString());
        Assert.Equal("$.validationFailures[0].severity", AffidoJsonErrors.PathOf(ex));
        Assert.Contains("\"error\", \"warning\", \"info\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_failure_in_an_evaluation_is_rejected()
    {
        var ex = Json.ReadFails<RuleEvaluation>("""{"findings":[],"validationFailures":[null]}""");
        Assert.Equal("$.validationFailures[0]", AffidoJsonErrors.PathOf(ex));
    }
}

using System.Text.Json.Serialization;
using FluentValidation.Results;
using NodaTime;

namespace Affido.Serialization.SystemTextJson;

/// <summary>
/// The source-generated contracts of every public data type of Affido.Domain, Affido.Rules and Affido.Matching:
/// no reflection, so the library's JSON works in trimmed and native-AOT applications.
/// </summary>
/// <remarks>
/// <para>Internal: <see cref="AffidoJsonExtensions.ConfigureForAffido(System.Text.Json.JsonSerializerOptions)"/>
/// installs it, with the contract rules of <see cref="AffidoContract"/>, as the first resolver of the integrator's
/// options. On its own it would write computed collections (a get-only <c>IReadOnlyList</c> is not "read-only" to
/// <c>IgnoreReadOnlyProperties</c>), and a context's options cannot take a modifier, so it is not offered alone.
/// Its <c>Converters</c> list below is the one list of the library's converters, which ConfigureForAffido copies.</para>
/// <para><b>Adding a type</b>: one <c>[JsonSerializable(typeof(NewType))]</c> line below. A new enum, code or
/// <c>ValueArray&lt;T&gt;</c> element type also needs its converter in the <c>Converters</c> list (one
/// <c>typeof(...)</c> each, so that no converter is made by reflection); the package's tests name what is missing.</para>
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    IgnoreReadOnlyProperties = true,
#if NET9_0_OR_GREATER
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
#endif
    Converters =
    [
        // Dates and periods (NodaTime.Serialization.SystemTextJson), shapes of their own.
        typeof(LocalDateConverter), typeof(PeriodConverter), typeof(InstantConverter), typeof(YearMonthConverter),
        typeof(NeedProfileConverter), typeof(LegalSourceConverter),

        // FluentValidation's failures (of a RuleEvaluation): path, code, message and severity only, never the value.
        typeof(ValidationFailureConverter),

        // Codes: plain strings.
        typeof(CodeConverter<BackgroundTag>), typeof(CodeConverter<CarerCode>), typeof(CodeConverter<DistrictCode>),
        typeof(CodeConverter<IstatCode>), typeof(CodeConverter<LanguageCode>), typeof(CodeConverter<MinorCode>),
        typeof(CodeConverter<PersonCode>), typeof(CodeConverter<SiblingGroupId>),

        // Enums: camelCase names, never integers.
        typeof(EnumConverter<AssessmentStatus>), typeof(EnumConverter<Authority>), typeof(EnumConverter<ConsentParty>),
        typeof(EnumConverter<ContraindicationSource>), typeof(EnumConverter<DeclaredRelationKind>), typeof(EnumConverter<EndReason>),
        typeof(EnumConverter<HarmGround>), typeof(EnumConverter<HouseholdType>), typeof(EnumConverter<KinshipKind>),
        typeof(EnumConverter<LeapDayBirthdayRule>), typeof(EnumConverter<LegalBasis>), typeof(EnumConverter<MessageLanguage>),
        typeof(EnumConverter<NeedCategory>), typeof(EnumConverter<NeedLevel>), typeof(EnumConverter<ParentalResponsibility>),
        typeof(EnumConverter<PlacementForm>), typeof(EnumConverter<Relationship>), typeof(EnumConverter<Sex>),
        typeof(EnumConverter<Signatory>), typeof(EnumConverter<TextKind>), typeof(EnumConverter<TimeArrangement>), typeof(EnumConverter<IsoDayOfWeek>),
        typeof(EnumConverter<ContributionBasis>), typeof(EnumConverter<ExtraordinaryOutcome>), typeof(EnumConverter<FindingDateRole>),
        typeof(EnumConverter<PartialMonthRule>), typeof(EnumConverter<ParticipantRole>), typeof(EnumConverter<ProceedingMatter>),
        typeof(EnumConverter<ScheduleEntryStatus>), typeof(EnumConverter<Severity>),
        typeof(EnumConverter<UrgentRemovalStep>),
        typeof(EnumConverter<AssignmentObjective>), typeof(EnumConverter<Criterion>), typeof(EnumConverter<HardFilter>), typeof(EnumConverter<ProtectionConstraint>),
        typeof(EnumConverter<UnplacedReason>),

        // Collections: JSON arrays.
        typeof(ValueArrayConverter<BackgroundTag>), typeof(ValueArrayConverter<CarerCode>), typeof(ValueArrayConverter<CourtReport>),
        typeof(ValueArrayConverter<Decree>), typeof(ValueArrayConverter<Extension>), typeof(ValueArrayConverter<ExtensionSignal>),
        typeof(ValueArrayConverter<Hearing>), typeof(ValueArrayConverter<IsoDayOfWeek>), typeof(ValueArrayConverter<IstatCode>),
        typeof(ValueArrayConverter<LanguageCode>), typeof(ValueArrayConverter<LocalDate>), typeof(ValueArrayConverter<Minor>),
        typeof(ValueArrayConverter<MinorCode>), typeof(ValueArrayConverter<PersonCode>), typeof(ValueArrayConverter<PlacementForm>),
        typeof(ValueArrayConverter<PlanSignature>), typeof(ValueArrayConverter<Relative>), typeof(ValueArrayConverter<TimeArrangement>),
        typeof(ValueArrayConverter<Verification>), typeof(ValueArrayConverter<WrittenConsent>),
        typeof(ValueArrayConverter<Finding>), typeof(ValueArrayConverter<FindingDate>), typeof(ValueArrayConverter<ScheduleEntry>),
        typeof(ValueArrayConverter<string>), typeof(ValueArrayConverter<UrgentRemovalStepStatus>),
        typeof(ValueArrayConverter<PlacementFacts>), typeof(ValueArrayConverter<ValidationFailure>),
        typeof(ValueArrayConverter<CriterionScore>), typeof(ValueArrayConverter<ExclusionCount>), typeof(ValueArrayConverter<HardFilter>), typeof(ValueArrayConverter<int>),
        typeof(ValueArrayConverter<MatchCandidate>), typeof(ValueArrayConverter<PlannedPlacement>), typeof(ValueArrayConverter<UnplacedRequest>),
    ])]

// Affido.Domain
[JsonSerializable(typeof(AgeRange))]
[JsonSerializable(typeof(Availability))]
[JsonSerializable(typeof(BackgroundTag))]
[JsonSerializable(typeof(BilingualText))]
[JsonSerializable(typeof(CarerCode))]
[JsonSerializable(typeof(CarerCommitment))]
[JsonSerializable(typeof(CourtReport))]
[JsonSerializable(typeof(DataProcessingConsent))]
[JsonSerializable(typeof(DeclaredRelation))]
[JsonSerializable(typeof(Decree))]
[JsonSerializable(typeof(DistrictCode))]
[JsonSerializable(typeof(Experience))]
[JsonSerializable(typeof(Extension))]
[JsonSerializable(typeof(ExtensionSignal))]
[JsonSerializable(typeof(FamilyOfOrigin))]
[JsonSerializable(typeof(FosterCareService))]
[JsonSerializable(typeof(FosterCarer))]
[JsonSerializable(typeof(GeoPoint))]
[JsonSerializable(typeof(Guardian))]
[JsonSerializable(typeof(Hearing))]
[JsonSerializable(typeof(Household))]
[JsonSerializable(typeof(IstatCode))]
[JsonSerializable(typeof(LanguageCode))]
[JsonSerializable(typeof(LegalSource))]
[JsonSerializable(typeof(Minor))]
[JsonSerializable(typeof(MinorCode))]
[JsonSerializable(typeof(Municipality))]
[JsonSerializable(typeof(NeedProfile))]
[JsonSerializable(typeof(PartTimeSchedule))]
[JsonSerializable(typeof(PersonCode))]
[JsonSerializable(typeof(Placement))]
[JsonSerializable(typeof(PlacementEnd))]
[JsonSerializable(typeof(PlacementPlan))]
[JsonSerializable(typeof(PlanSignature))]
[JsonSerializable(typeof(Province))]
[JsonSerializable(typeof(Region))]
[JsonSerializable(typeof(Relative))]
[JsonSerializable(typeof(SiblingContraindication))]
[JsonSerializable(typeof(SiblingGroupId))]
[JsonSerializable(typeof(SocialDistrict))]
[JsonSerializable(typeof(Verification))]
[JsonSerializable(typeof(WrittenConsent))]

// Affido.Rules
[JsonSerializable(typeof(CaseFacts))]
[JsonSerializable(typeof(CivilProceeding))]
[JsonSerializable(typeof(ContributionRequest))]
[JsonSerializable(typeof(DistrictPolicy))]
[JsonSerializable(typeof(ExtraordinaryContribution))]
[JsonSerializable(typeof(ExtraordinaryExpense))]
[JsonSerializable(typeof(ExtraordinaryRequest))]
[JsonSerializable(typeof(Finding))]
[JsonSerializable(typeof(FindingDate))]
[JsonSerializable(typeof(FindingKind))]
[JsonSerializable(typeof(HardshipApproval))]
[JsonSerializable(typeof(InformalHosting))]
[JsonSerializable(typeof(MonthlyContribution))]
[JsonSerializable(typeof(ParticipantRole))]
[JsonSerializable(typeof(PlacementFacts))]
[JsonSerializable(typeof(PlacementTerm))]
[JsonSerializable(typeof(ProceedingParticipants))]
[JsonSerializable(typeof(ProposedPlacement))]
[JsonSerializable(typeof(RegistryEntry))]
[JsonSerializable(typeof(RuleContext))]
[JsonSerializable(typeof(RuleEvaluation))]
[JsonSerializable(typeof(RuleValidity))]
[JsonSerializable(typeof(ScheduleEntry))]
[JsonSerializable(typeof(ServicePlacementOrder))]
[JsonSerializable(typeof(UrgentRemovalFacts))]
[JsonSerializable(typeof(UrgentRemovalStepStatus))]
[JsonSerializable(typeof(UrgentRemovalTimeline))]

// FluentValidation: the failures of a RuleEvaluation, written by ValidationFailureConverter. Its Severity is named
// apart from Affido.Rules.Severity (the generated properties would collide).
[JsonSerializable(typeof(ValidationFailure))]
[JsonSerializable(typeof(FluentValidation.Severity), TypeInfoPropertyName = "ValidationSeverity")]

// Affido.Matching
[JsonSerializable(typeof(AssignmentResult))]
[JsonSerializable(typeof(CriterionScore))]
[JsonSerializable(typeof(ExclusionCount))]
[JsonSerializable(typeof(HardFilter))]
[JsonSerializable(typeof(MatchCandidate))]
[JsonSerializable(typeof(MatchDecision))]
[JsonSerializable(typeof(MatchExplanation))]
[JsonSerializable(typeof(MatchRequest))]
[JsonSerializable(typeof(MatchResult))]
[JsonSerializable(typeof(MatchingOptions))]
[JsonSerializable(typeof(PlannedPlacement))]
[JsonSerializable(typeof(PlanningOptions))]
[JsonSerializable(typeof(PlanningRequest))]
[JsonSerializable(typeof(UnplacedRequest))]
[JsonSerializable(typeof(WaitingListPlan))]
[JsonSerializable(typeof(MessageLanguage))]
[JsonSerializable(typeof(NeedCategory))]
[JsonSerializable(typeof(NeedLevel))]
[JsonSerializable(typeof(TextKind))]
[JsonSerializable(typeof(AssignmentObjective))]
internal sealed partial class AffidoJsonContext : JsonSerializerContext
{
}

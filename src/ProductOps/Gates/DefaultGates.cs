namespace ProductOps.Gates;

/// <summary>
/// The gates a repository gets without configuration, one per phase of the GOV.UK Service Manual
/// (https://www.gov.uk/service-manual/agile-delivery): discovery, alpha, beta, live, retirement.
/// Every default gate warns only; teams opt into blocking per gate. Descriptions name the Service
/// Standard point (https://www.gov.uk/service-manual/service-standard) each criterion stands for.
/// </summary>
internal static class DefaultGates
{
    public static IReadOnlyList<PhaseDefinition> Phases { get; } =
        ServicePhases.Names.Select(n => new PhaseDefinition(n, "phase:" + n)).ToArray();

    public static IReadOnlyDictionary<string, GateDefinition> ByPhase { get; } = new Dictionary<string, GateDefinition>
    {
        // Discovery is where work starts: anything may enter it.
        ["discovery"] = GateDefinition.Open,

        // https://www.gov.uk/service-manual/agile-delivery/how-the-discovery-phase-works
        ["alpha"] = new(GateMode.Warn,
        [
            new ChecklistTicked(["User needs identified"]) { Description = "Service Standard 1: understand users and their needs" },
            new ScoreRequired(null) { Description = "Discovery ends with a decision to go on: value and effort are estimated" },
            new NoSkipping { Description = "Discovery comes before alpha", Required = false },
        ]),

        // https://www.gov.uk/service-manual/agile-delivery/how-the-alpha-phase-works
        ["beta"] = new(GateMode.Warn,
        [
            new ChecklistTicked(["Riskiest assumptions tested"]) { Description = "Service Standard 4: make the service simple to use (prototypes tested with users)" },
            new ChecklistTicked(["Accessibility considered"]) { Description = "Service Standard 5: make sure everyone can use the service", Required = false },
            new ScoreRequired(null) { Description = "The case for building it is scored" },
            new LabelsForbidden(["blocked"]) { Description = "Nothing blocks the build" },
            new NoSkipping { Description = "Alpha comes before beta: prototypes before a real service" },
        ]),

        // https://www.gov.uk/service-manual/agile-delivery/how-the-beta-phase-works and
        // https://www.gov.uk/service-manual/service-assessments/how-to-apply-the-service-standard
        // (accessible and secure by the time real users rely on it).
        ["live"] = new(GateMode.Warn,
        [
            new ChecklistTicked(["Accessibility audit passed"]) { Description = "Service Standard 5: make sure everyone can use the service" },
            new ChecklistTicked(["Security and privacy reviewed"]) { Description = "Service Standard 9: create a secure service which protects users' privacy" },
            new ChecklistTicked(["Performance data published"]) { Description = "Service Standard 10: define what success looks like and publish performance data", Required = false },
            new LabelsForbidden(["blocked"]) { Description = "Service Standard 14: operate a reliable service (nothing blocking)" },
            new MinimumDaysInPreviousPhase(14) { Description = "Service Standard 8: iterate and improve frequently (time in beta to learn)", Required = false },
            new NoSkipping { Description = "Beta comes before live: tested with real users first" },
        ]),

        // https://www.gov.uk/service-manual/agile-delivery/retiring-your-service
        ["retirement"] = new(GateMode.Warn,
        [
            new ChecklistTicked(["Users can meet their needs elsewhere"]) { Description = "Service Standard 1: users' needs are still met after the service closes" },
        ]),
    };
}

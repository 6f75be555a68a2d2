namespace ProductOps.Scoring;

/// <summary>The four models and their declared inputs (formulas in DESIGN.md, "Scoring formulas").</summary>
public static class ModelCatalog
{
    private static readonly TShirtScale Effort = new(0.01, 1000);
    private static readonly FibonacciScale Fibonacci = new();
    private static readonly OneToTenScale OneToTen = new();

    public static ModelDefinition Rice { get; } = new(ScoringModel.Rice, "rice", "RICE",
    [
        new("reach", "Reach", new NumberScale(0, 1_000_000_000), "reach:", "Reach", "500", "people or events per quarter"),
        new("impact", "Impact", new LevelScale(
        [
            new("massive", 3), new("high", 2), new("medium", 1), new("low", 0.5), new("minimal", 0.25),
        ]), "impact:", "Impact", "high", "how much it moves the goal for each person reached"),
        new("confidence", "Confidence", new PercentageScale(), "confidence:", "Confidence", "80%", "how sure the estimates are"),
        new("effort", "Effort", Effort, "effort:", "Effort", "M", "person-months of work"),
    ]);

    public static ModelDefinition Wsjf { get; } = new(ScoringModel.Wsjf, "wsjf", "WSJF",
    [
        new("business-value", "Business value", Fibonacci, "business-value:", "Business value", "8", "user-business value"),
        new("time-criticality", "Time criticality", Fibonacci, "time-criticality:", "Time criticality", "5", "how fast value decays"),
        new("risk-reduction", "Risk reduction", Fibonacci, "risk-reduction:", "Risk reduction", "3", "risk reduction or opportunity enablement"),
        new("job-size", "Job size", Fibonacci, "job-size:", "Job size", "5", "relative size of the work"),
    ]);

    public static ModelDefinition Ice { get; } = new(ScoringModel.Ice, "ice", "ICE",
    [
        new("impact", "Impact", OneToTen, "impact:", "Impact", "7", "how much it moves the goal"),
        new("confidence", "Confidence", OneToTen, "confidence:", "Confidence", "8", "how sure the estimate is"),
        new("ease", "Ease", OneToTen, "ease:", "Ease", "6", "how easy it is to do"),
    ]);

    public static ModelDefinition ValueEffort { get; } = new(ScoringModel.ValueEffort, "value-effort", "Value/effort",
    [
        new("value", "Value", OneToTen, "value:", "Value", "8", "relative value"),
        new("effort", "Effort", Effort, "effort:", "Effort", "M", "person-months of work"),
    ]);

    public static IReadOnlyList<ModelDefinition> All { get; } = [Rice, Wsjf, Ice, ValueEffort];

    public static ModelDefinition Get(ScoringModel model) => All.First(m => m.Model == model);

    /// <summary>Finds a model by its config key ("rice", "value-effort") or display name ("RICE").</summary>
    public static ModelDefinition? Find(string name) => All.FirstOrDefault(m =>
        string.Equals(m.Key, name, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
}

using ProductOps.Scoring;

namespace ProductOps.Roadmap;

/// <summary>
/// Scores and priorities as a stakeholder reads them (docs/roadmap.md): "RICE 1,600" rather than a bare
/// 1600, and "Highest (P1)" rather than the label text <c>priority:P1</c>.
/// </summary>
public static class ScoreText
{
    private static readonly string[] Words = ["Highest", "High", "Medium", "Low"];

    /// <summary>
    /// The model a stored score was made with, told by the input only that model has: the page is built from
    /// index rows, which keep the inputs and not the configuration they were scored under. Null when the inputs
    /// tell no model (a score read from a project field).
    /// </summary>
    public static ModelDefinition? Model(IReadOnlyDictionary<string, double> inputs)
    {
        bool Has(string key) => inputs.Keys.Any(k => string.Equals(k.Trim().Replace(' ', '-'), key, StringComparison.OrdinalIgnoreCase));
        return Has("reach") ? ModelCatalog.Rice : Has("job-size") ? ModelCatalog.Wsjf : Has("ease") ? ModelCatalog.Ice
            : Has("value") ? ModelCatalog.ValueEffort : null;
    }

    /// <summary>"RICE 1,600"; "score 12.5" when the model is not known (a score read from a project field).</summary>
    public static string Score(double score, string? model) => $"{model ?? "score"} {Outcomes.Figures.Number(score)}";

    /// <summary>
    /// The bucket's name (the text after the label's last <c>:</c>, as in the score comment); the default
    /// buckets P1 to P4 read as words with the name kept, so the page still matches the tracker's label.
    /// </summary>
    public static string Priority(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return "";
        }
        var name = label[(label.LastIndexOf(':') + 1)..].Trim();
        return name.Length == 2 && (name[0] is 'P' or 'p') && (name[1] is >= '1' and <= '4') ? $"{Words[name[1] - '1']} (P{name[1]})" : name;
    }
}

namespace ProductOps.Scoring;

/// <summary>
/// The order in which an input's sources are tried when the item is on a project board: the first one
/// present decides (docs/projects.md). The score comment states it under the inputs table.
/// </summary>
internal static class BoardPrecedence
{
    public static string Sentence(ScoringConfig config) => config.Precedence == SourcePrecedence.Label
        ? "Each input comes from the first source that has it: label, then project field, then issue form field (`scoring.precedence: label`)."
        : "Each input comes from the first source that has it: project field, then issue form field, then label (`scoring.precedence: field`).";
}

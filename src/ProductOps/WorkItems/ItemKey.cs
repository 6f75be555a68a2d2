namespace ProductOps.WorkItems;

/// <summary>Identifies one work item across providers: ("github", "octo/repo", "42") or ("jira", "PROJ", "PROJ-42").</summary>
public sealed record ItemKey(string Provider, string Container, string Id)
{
    public override string ToString() => $"{Provider}:{Container}#{Id}";
}

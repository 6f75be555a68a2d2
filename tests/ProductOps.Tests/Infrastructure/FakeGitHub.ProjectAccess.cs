using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace ProductOps.Tests.Infrastructure;

/// <summary>
/// Iteration dates, items leaving a project, and projects the credentials may not read: GitHub answers such a read with
/// <c>projectV2: null</c> and a <c>FORBIDDEN</c> error ("Resource not accessible by integration").
/// https://docs.github.com/graphql/overview/resource-limitations
/// </summary>
public sealed partial class FakeGitHub
{
    private readonly ConcurrentDictionary<(string Owner, int Number), bool> deniedProjects = new();

    /// <summary>Sets an iteration field's iterations: title, start date, length in days.</summary>
    public void SetIterations(FakeProject project, string fieldName, params (string Title, DateOnly Start, int Days)[] iterations)
    {
        var field = project.Field(fieldName);
        foreach (var (title, start, days) in iterations)
        {
            field.Iterations[title] = (start, days);
        }
    }

    /// <summary>The app's credentials may no longer read this project (the install lost its projects permission).</summary>
    public void DenyProject(string owner, int number) => deniedProjects[(owner, number)] = true;

    /// <summary>Someone archives or deletes an item: the project's pages no longer list it.</summary>
    public void RemoveProjectItem(string itemId) => projectItems.TryRemove(itemId, out _);

    /// <summary>The permission is granted again.</summary>
    public void AllowProject(string owner, int number) => deniedProjects.TryRemove((owner, number), out _);

    private bool IsDenied(JsonObject variables) =>
        deniedProjects.ContainsKey(((string)variables["owner"]!, (int)variables["number"]!));

    private static JsonObject DeniedProject() => new()
    {
        ["data"] = new JsonObject { ["organization"] = new JsonObject { ["projectV2"] = null } },
        ["errors"] = new JsonArray(new JsonObject
        {
            ["type"] = "FORBIDDEN",
            ["path"] = new JsonArray("organization", "projectV2"),
            ["message"] = "Resource not accessible by integration",
        }),
    };
}

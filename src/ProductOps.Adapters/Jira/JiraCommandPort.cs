using ProductOps.Commands;
using ProductOps.WorkItems;

namespace ProductOps.Jira;

/// <summary>Jira's side of comment commands: writers are people who may edit the issue; Jira's REST API has no reactions.</summary>
internal sealed class JiraCommandPort(JiraClient client) : ICommandPort
{
    public Task<bool> CanWriteAsync(ItemKey item, string author, CancellationToken ct) =>
        JiraSession.Limited(() => client.HasPermissionAsync(item.Id, author, "EDIT_ISSUES", ct));

    /// <summary>No public endpoint adds a reaction to a Jira comment, so acknowledgements are written in the reply comment.</summary>
    /// <summary>Jira has no reactions API: the reply comment lists each command with "done.".</summary>
    public bool HasReactions => false;

    public Task ReactAsync(ItemKey item, string commentId, CancellationToken ct) => throw new NotSupportedException("Jira has no reactions.");
}

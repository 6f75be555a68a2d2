using System.Globalization;
using Octokit;
using ProductOps.Commands;
using ProductOps.WorkItems;

namespace ProductOps.GitHub;

/// <summary>Who may run commands, and the reaction that acknowledges them, over Octokit.</summary>
internal sealed class GitHubCommandPort(IGitHubClient client) : ICommandPort
{
    /// <summary>
    /// GET /repos/{owner}/{repo}/collaborators/{username}/permission answers admin, write, read or none;
    /// the maintain role is reported as write (https://docs.github.com/rest/collaborators/collaborators#get-repository-permissions-for-a-user).
    /// Someone who is not a collaborator at all is a 404, which is "no".
    /// </summary>
    public async Task<bool> CanWriteAsync(ItemKey item, string author, CancellationToken ct)
    {
        var (owner, repo) = RepositoryId.Of(item);
        try
        {
            var permission = await client.Repository.Collaborator.ReviewPermission(owner, repo, author);
            return permission.Permission is "admin" or "maintain" or "write";
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    /// <summary>A +1 reaction; GitHub answers 200 instead of 201 when it exists, so a retry adds nothing.</summary>
    public bool HasReactions => true;

    public async Task ReactAsync(ItemKey item, string commentId, CancellationToken ct)
    {
        var (owner, repo) = RepositoryId.Of(item);
        await client.Reaction.IssueComment.Create(owner, repo, long.Parse(commentId, CultureInfo.InvariantCulture), new NewReaction(ReactionType.Plus1));
    }
}

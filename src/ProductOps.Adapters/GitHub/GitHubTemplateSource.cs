using Octokit;
using ProductOps.Events;
using ProductOps.Templates;
using ProductOps.WorkItems;

namespace ProductOps.GitHub;

/// <summary>
/// A repository's own templates (roadmap and updates), in <c>.github/product-ops/templates/&lt;name&gt;.scriban</c> on the
/// default branch. Reads are conditional (the JSON form, so the ETag handler can answer from its cache;
/// a 304 costs no rate limit): https://docs.github.com/rest/repos/contents#get-repository-content
/// Without credentials (a dry run) there is nothing to read and the defaults apply.
/// </summary>
public sealed class GitHubTemplateSource(GitHubSettings settings, GitHubClients clients) : ITemplateSource
{
    public string Provider => Providers.GitHub;

    public async Task<string?> ReadAsync(string container, string? scope, string name, CancellationToken ct)
    {
        if (!settings.HasCredentials)
        {
            return null;
        }

        var (owner, repository) = RepositoryId.Parse(container);
        return await RepositoryFiles.ReadTextAsync(clients.For(scope), owner, repository, TemplateFiles.OverridePath(name), TemplateFiles.MaxLength);
    }
}

using System.Text;
using Octokit;

namespace ProductOps.GitHub;

/// <summary>
/// Reads a small text file (a template) from a repository's default branch through the contents API. It asks
/// for the JSON form (base64 content, conditional: a 304 costs no rate limit), and reads the body as it comes:
/// the JSON contents shape, or raw text under any <c>text/*</c> or raw media type with or without a charset
/// parameter (GitHub Enterprise Server and proxies answer <c>text/plain; charset=utf-8</c>), so a file never
/// comes back null because of how it was served.
/// https://docs.github.com/rest/repos/contents#get-repository-content
/// </summary>
internal static class RepositoryFiles
{
    public static async Task<string?> ReadTextAsync(IGitHubClient client, string owner, string repo, string path, int maxChars)
    {
        var escaped = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
        var uri = new Uri($"repos/{Uri.EscapeDataString(owner)}/{Uri.EscapeDataString(repo)}/contents/{escaped}", UriKind.Relative);
        IApiResponse<RepositoryContent> response;
        try
        {
            response = await client.Connection.Get<RepositoryContent>(uri, new Dictionary<string, string>(), "application/vnd.github+json");
        }
        catch (NotFoundException)
        {
            return null;
        }

        var text = response.Body is { } json ? json.Content : response.HttpResponse.Body switch
        {
            string raw => raw,
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            Stream stream => await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync(),
            _ => null,
        };
        // Longer than any consumer accepts: keep only enough to be reported as too long.
        return text is null || text.Length <= maxChars ? text : text[..(maxChars + 1)];
    }
}

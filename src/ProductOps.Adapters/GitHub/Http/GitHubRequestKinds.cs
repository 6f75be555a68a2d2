namespace ProductOps.GitHub.Http;

/// <summary>
/// Marks a request whose method says "write" but which only reads: a GraphQL query is a POST to
/// <c>/graphql</c>. Such a request skips the mutation pacing and may be retried like a GET.
/// https://docs.github.com/graphql/guides/forming-calls-with-graphql#communicating-with-graphql
/// </summary>
public static class GitHubRequestKinds
{
    public static readonly HttpRequestOptionsKey<bool> ReadOnlyPost = new("ProductOps.ReadOnlyPost");

    public static bool IsReadOnlyPost(HttpRequestMessage request) =>
        request.Options.TryGetValue(ReadOnlyPost, out var readOnly) && readOnly;
}

using System.Collections.Concurrent;
using Octokit;
using Octokit.Internal;
using ProductOps.GitHub.Http;

namespace ProductOps.GitHub;

/// <summary>
/// One Octokit client per installation (or one for a personal token), each over the same
/// connection pool with the rate-limit, pacing and conditional-GET handlers in front of it.
/// </summary>
public sealed class GitHubClients
{
    private static readonly ProductHeaderValue ProductHeader = new("product-ops", "1.0");
    private readonly GitHubSettings settings;
    private readonly TimeProvider clock;
    private readonly MutationPacer pacer;
    private readonly ConditionalGetCache cache = new();
    private readonly HttpMessageHandler network = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
    private readonly ConcurrentDictionary<string, IGitHubClient> clients = new();
    private readonly ConcurrentDictionary<string, Projects.GitHubGraphQl> graphQl = new();
    private readonly GitHubAppTokens? appTokens;
    private readonly Lazy<GitHubIdentity> identity;

    /// <param name="schedule">Shares mutation slots across instances; without it they are paced per process.</param>
    public GitHubClients(GitHubSettings settings, TimeProvider clock, IMutationSchedule? schedule = null)
    {
        this.settings = settings;
        this.clock = clock;
        pacer = new MutationPacer(clock, settings.MutationInterval, settings.MaxRateLimitWait, schedule ?? new InProcessMutationSchedule(clock));
        if (settings.HasAppCredentials)
        {
            appTokens = new GitHubAppTokens(settings, credentials => Create("app", new InMemoryCredentialStore(credentials)), clock);
        }
        identity = new(() => appTokens is null
            ? GitHubIdentity.ForToken(For(null))
            : GitHubIdentity.ForApp(() => Create("app", new InMemoryCredentialStore(new Credentials(appTokens.CreateJwt(), AuthenticationType.Bearer)))));
    }

    /// <summary>Who GitHub shows as the author of the app's writes (one for the token or the app, shared by every installation).</summary>
    public GitHubIdentity Identity => identity.Value;

    /// <summary>The client for an installation id from a payload; a personal token ignores it.</summary>
    public IGitHubClient For(string? installation)
    {
        if (appTokens is null)
        {
            return clients.GetOrAdd("token", _ => Create("token", new InMemoryCredentialStore(new Credentials(settings.Token))));
        }
        if (!long.TryParse(installation, out var installationId))
        {
            throw new InvalidOperationException("The delivery names no GitHub App installation; is the webhook configured on the app?");
        }
        return clients.GetOrAdd(installation, _ => Create(installation, new InstallationCredentials(appTokens, installationId)));
    }

    /// <summary>
    /// The GraphQL client for an installation (or the personal token), over the same handler chain and
    /// credentials as <see cref="For"/>: GitHub Projects (v2) has no REST API.
    /// </summary>
    public Projects.GitHubGraphQl GraphQlFor(string? installation)
    {
        if (appTokens is null)
        {
            return graphQl.GetOrAdd("token", _ => CreateGraphQl("token", () => Task.FromResult(settings.Token!)));
        }
        if (!long.TryParse(installation, out var installationId))
        {
            throw new InvalidOperationException("The delivery names no GitHub App installation; is the webhook configured on the app?");
        }
        return graphQl.GetOrAdd(installation, _ => CreateGraphQl(installation, () => appTokens.GetInstallationTokenAsync(installationId)));
    }

    private Projects.GitHubGraphQl CreateGraphQl(string identity, Func<Task<string>> token) =>
        new(new HttpClient(new Telemetry.TrackerCallHandler(Events.Providers.GitHub, Chain(identity))), Projects.GitHubGraphQl.EndpointFor(settings.ApiUrl), token, clock);

    /// <summary>
    /// The GitHub App itself, authenticated with a fresh JWT per request, for the app's own endpoints
    /// (<c>GET /app</c>, <c>GET /app/installations</c>); null with a personal token.
    /// https://docs.github.com/apps/creating-github-apps/authenticating-with-a-github-app/authenticating-as-a-github-app
    /// </summary>
    public IGitHubClient? ForApp() =>
        appTokens is null ? null : clients.GetOrAdd("app", _ => Create("app", new AppCredentials(appTokens)));

    private IGitHubClient Create(string identity, ICredentialStore credentials)
    {
        var http = new HttpClientAdapter(() => new Telemetry.TrackerCallHandler(Events.Providers.GitHub, Chain(identity)));
        var connection = new Connection(ProductHeader, ApiRoot(settings.ApiUrl), credentials, http, new SimpleJsonSerializer());
        return new GitHubClient(connection);
    }

    private HttpMessageHandler Chain(string identity) =>
        new RateLimitRetryHandler(clock, settings.MaxRateLimitWait)
        {
            InnerHandler = new MutationPacingHandler(pacer, identity)
            {
                InnerHandler = new ConditionalGetHandler(cache, identity)
                {
                    InnerHandler = new AttemptTimeoutHandler(settings.RequestTimeout) { InnerHandler = new SharedHandler(network) },
                },
            },
        };

    private static Uri ApiRoot(Uri url) => url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");

    private sealed class InstallationCredentials(GitHubAppTokens tokens, long installationId) : ICredentialStore
    {
        public async Task<Credentials> GetCredentials() =>
            new(await tokens.GetInstallationTokenAsync(installationId), AuthenticationType.Bearer);
    }

    private sealed class AppCredentials(GitHubAppTokens tokens) : ICredentialStore
    {
        public Task<Credentials> GetCredentials() => Task.FromResult(new Credentials(tokens.CreateJwt(), AuthenticationType.Bearer));
    }

    /// <summary>Lets many handler chains share one connection pool without disposing it.</summary>
    private sealed class SharedHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override void Dispose(bool disposing)
        {
            // The pool outlives every client.
        }
    }
}

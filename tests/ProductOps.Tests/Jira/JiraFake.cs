using System.Text.Json;
using ProductOps.Jira;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ProductOps.Tests.Jira;

/// <summary>A WireMock Jira on a free port, answering with Jira Cloud REST v3 shapes, and a client pointed at it.</summary>
internal sealed class JiraFake : IDisposable
{
    public const string Email = "bot@example.com";
    public const string ApiToken = "not-a-real-token";

    public WireMockServer Server { get; } = WireMockServer.Start();

    public JiraClient Client { get; }

    public JiraFake(JiraRetryOptions? retry = null)
    {
        Client = JiraClient.Create(
            new JiraOptions { BaseUrl = new Uri(Server.Url!), Email = Email, ApiToken = ApiToken },
            retry ?? new JiraRetryOptions { BaseDelay = TimeSpan.FromMilliseconds(20) });
    }

    /// <summary>Registers an answer; <paramref name="configure"/> narrows the request or adds a scenario step.</summary>
    public void Answer(
        string method, string path, int status, string? json = null,
        Func<IRequestBuilder, IRequestBuilder>? request = null,
        Func<IResponseBuilder, IResponseBuilder>? response = null,
        Func<WireMock.Server.IRespondWithAProvider, WireMock.Server.IRespondWithAProvider>? configure = null)
    {
        var matcher = Request.Create().WithPath(path).UsingMethod(method);
        var answer = Response.Create().WithStatusCode(status);
        if (json is not null)
        {
            answer = answer.WithHeader("Content-Type", "application/json").WithBody(json);
        }

        var provider = Server.Given(request?.Invoke(matcher) ?? matcher);
        (configure?.Invoke(provider) ?? provider).RespondWith(response?.Invoke(answer) ?? answer);
    }

    public IReadOnlyList<IRequestMessage> Requests(string method, string path) =>
        [.. Server.LogEntries.Select(e => e.RequestMessage).OfType<IRequestMessage>()
            .Where(r => r.Method == method && r.Path == path)
            .OrderBy(r => r.DateTime)];

    public static JsonElement Body(IRequestMessage request) => JsonDocument.Parse(request.Body!).RootElement;

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }
}

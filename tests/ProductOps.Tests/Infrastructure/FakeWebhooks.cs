using System.Text.Json.Nodes;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ProductOps.Tests.Infrastructure;

/// <summary>
/// Slack, Teams and JSON webhook receivers on one WireMock server. Slack answers "ok" (200) and Teams
/// workflows 202 as the real ones do; faults are per path: always 503, 500 once, 404 "no_service".
/// </summary>
public sealed class FakeWebhooks : IDisposable
{
    public FakeWebhooks()
    {
        Server = WireMockServer.Start();
        Answer("/slack", 200, "ok");
        Answer("/teams", 202, "");
        Answer("/json", 200, "");
        Answer("/down", 503, "");
        Answer("/gone", 404, "no_service");
        Server.Given(Request.Create().WithPath("/flaky").UsingPost()).InScenario("flaky").WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(500).WithBody("internal_error"));
        Server.Given(Request.Create().WithPath("/flaky").UsingPost()).InScenario("flaky").WhenStateIs("recovered")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("ok"));
    }

    public WireMockServer Server { get; }

    public string Url(string path) => Server.Url + path;

    /// <summary>The JSON bodies posted to a path, oldest first.</summary>
    public IReadOnlyList<JsonNode> Posts(string path) =>
        Server.LogEntries.Where(e => e.RequestMessage!.Path == path).OrderBy(e => e.RequestMessage!.DateTime)
            .Select(e => JsonNode.Parse(e.RequestMessage!.Body!)!).ToList();

    public IReadOnlyList<WireMock.Logging.ILogEntry> Requests(string path) =>
        Server.LogEntries.Where(e => e.RequestMessage!.Path == path).ToList();

    public void Dispose() => Server.Stop();

    private void Answer(string path, int status, string body) =>
        Server.Given(Request.Create().WithPath(path).UsingPost()).RespondWith(Response.Create().WithStatusCode(status).WithBody(body));
}

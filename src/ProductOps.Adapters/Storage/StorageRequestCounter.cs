using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ProductOps.Storage;

/// <summary>
/// Counts the requests this app's storage clients send, by service, method and queue, table or
/// container (never by entity or blob, so the keys stay few). Every retry counts: it is what the
/// account bills and what Azurite has to serve. The storage budget per event is checked against it
/// (docs/benchmarks.md); the WebJobs host's own queue polling and deletes use their own clients.
/// </summary>
public sealed class StorageRequestCounter
{
    private readonly ConcurrentDictionary<string, long> counts = new();

    /// <summary>"table GET workitems" -> requests so far.</summary>
    public IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(counts);

    internal HttpPipelinePolicy PolicyFor(string service) => new Policy(this, service);

    private void Count(string service, Request request)
    {
        // Path: /<account>/<resource>... on Azurite, /<resource>... on Azure; a table entity is items(PK,RK).
        var segments = request.Uri.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var resource = segments.Length switch
        {
            0 => "",
            1 => segments[0],
            _ => segments[0] == "devstoreaccount1" ? segments[1] : segments[0],
        };
        var paren = resource.IndexOf('(');
        var key = $"{service} {request.Method} {(paren >= 0 ? resource[..paren] : resource)}";
        counts.AddOrUpdate(key, 1, (_, n) => n + 1);
    }

    private sealed class Policy(StorageRequestCounter counter, string service) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) => counter.Count(service, message.Request);
    }
}

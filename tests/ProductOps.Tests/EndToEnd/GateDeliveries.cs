using System.Text.Json.Nodes;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.EndToEnd;

/// <summary>Real issues payloads (labeled, unlabeled, edited) adjusted to one issue's state at one moment.</summary>
internal static class GateDeliveries
{
    public const string Repo = "octo-org/phases";

    /// <summary>The fixture for <paramref name="action"/>, with the labels the issue had, the label the event names, the body and the time.</summary>
    public static JsonObject Issue(string action, int number, IEnumerable<string> labels, DateTimeOffset updatedAt, string? label = null, string body = "", bool byTheApp = false)
    {
        var payload = GitHubDeliveries.Load("issues." + action);
        var reshaped = GitHubDeliveries.Labeled(Repo, number, labels, updatedAt);
        payload["repository"] = reshaped["repository"]!.DeepClone();
        payload["issue"] = reshaped["issue"]!.DeepClone();
        payload["issue"]!["body"] = body;
        payload.Remove("label");
        if (label is not null)
        {
            payload["label"] = new JsonObject { ["id"] = 1, ["name"] = label, ["color"] = "ededed", ["default"] = false };
        }
        if (byTheApp)
        {
            payload["sender"]!["login"] = "product-ops[bot]";
            payload["sender"]!["type"] = "Bot";
        }
        return payload;
    }

    public const string Config = """
        gates:
          alpha:
            criteria: []
          beta:
            mode: block
            criteria:
              - all-labels: [research:done]
                description: "Service Standard 1: understand users and their needs"
              - checklist: ["Riskiest assumptions tested"]
              - skipping: forbidden
                required: false
          live:
            mode: warn
            criteria:
              - no-labels: [blocked]
              - checklist: ["Accessibility audit passed"]
        """;
}

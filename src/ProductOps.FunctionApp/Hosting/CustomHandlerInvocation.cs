using System.Text.Json;
using System.Text.Json.Serialization;
using ProductOps.Processing;

namespace ProductOps.FunctionApp.Hosting;

/// <summary>
/// The Functions host's custom-handler protocol for non-HTTP triggers: it POSTs
/// <c>{Data, Metadata}</c> to <c>/&lt;function name&gt;</c> and reads <c>{Outputs, Logs, ReturnValue}</c>;
/// a non-success status fails the invocation, and the host then applies the queue's retry rules.
/// https://learn.microsoft.com/azure/azure-functions/functions-custom-handlers#request-payload
/// </summary>
internal static class CustomHandlerInvocation
{
    public const string ProcessEventRoute = "/process-event";

    public static async Task<IResult> ProcessEventAsync(QueueInvocation invocation, EventMessageHandler handler, CancellationToken ct)
    {
        var message = invocation.Data?.Message is { } data ? MessageText(data) : null;
        if (message is null)
        {
            return Results.BadRequest(new InvocationResult([$"The invocation has no Data.{QueueInvocationData.BindingName}."]));
        }

        var result = await handler.HandleAsync(message, invocation.Metadata?.DequeueCount ?? 1, ct);
        var logs = new[] { $"{result.Disposition} (attempt {invocation.Metadata?.DequeueCount ?? 1})" };
        return result.Disposition == MessageDisposition.Done
            ? Results.Ok(new InvocationResult(logs))
            : Results.Json(new InvocationResult(logs), statusCode: StatusCodes.Status500InternalServerError);
    }

    // The host passes a queue message as a JSON string, or as the object itself when the text is JSON.
    private static string MessageText(JsonElement data) =>
        data.ValueKind == JsonValueKind.String ? data.GetString()! : data.GetRawText();
}

public sealed record QueueInvocation(QueueInvocationData? Data, QueueInvocationMetadata? Metadata);

public sealed record QueueInvocationData([property: JsonPropertyName(QueueInvocationData.BindingName)] JsonElement? Message)
{
    /// <summary>The binding name in functions/process-event/function.json.</summary>
    public const string BindingName = "message";
}

public sealed record QueueInvocationMetadata(long DequeueCount, string? Id, DateTimeOffset? InsertionTime);

public sealed record InvocationResult(IReadOnlyList<string> Logs)
{
    public IReadOnlyDictionary<string, JsonElement> Outputs { get; init; } = new Dictionary<string, JsonElement>();
    public JsonElement? ReturnValue { get; init; }
}

using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Events;
using ProductOps.Storage;
using ProductOps.Updates;
using ProductOps.Updates.Digest;
using Spectre.Console;

namespace ProductOps.Cli;

/// <summary>
/// <c>productops digest send|preview --repo owner/name | --project KEY</c>: the digest of one repository
/// or project now, built by the timer's <see cref="DigestRunner"/> and delivered by the updates queue's
/// <see cref="UpdateDeliverer"/> (rendering, once-only delivery, poison on a permanent failure).
/// <c>preview</c> prints each target's text and neither delivers nor moves the watermark.
/// </summary>
internal static class DigestCommand
{
    public static Command Create(CliContext cli, CommonOptions common)
    {
        var send = Subcommand("send", "Build the digest of the period since the last one and deliver it to the digest-to targets now.", cli, common, deliver: true);
        var preview = Subcommand("preview", "Print the digest each digest-to target would get now; deliver nothing, keep the watermark.", cli, common, deliver: false);
        return new Command("digest", "Send or preview a repository's or Jira project's stakeholder digest now.") { send, preview };
    }

    private static Command Subcommand(string name, string description, CliContext cli, CommonOptions common, bool deliver)
    {
        var repo = CliOptions.Repository("The repository, owner/name.");
        var project = CliOptions.Project("The Jira project key.");
        var command = new Command(name, description) { repo, project };
        command.Validators.Add(r =>
        {
            if ((r.GetValue(repo) is null) == (r.GetValue(project) is null))
            {
                r.AddError("Name one of --repo owner/name or --project KEY.");
            }
        });
        common.SetAction(command, cli, async (result, services, ct) =>
        {
            var (provider, container) = result.GetValue(repo) is { } r ? (Providers.GitHub, r) : (Providers.Jira, result.GetValue(project)!);
            var messages = new CollectedUpdates();
            var count = await services.GetRequiredService<DigestRunner>().RunAsync(provider, container, messages, moveWatermark: deliver, ct);
            if (count is null)
            {
                await cli.Errors.WriteLineAsync($"{container} is not in the board index yet: run productops backfill first, or wait for a webhook delivery.");
                return ExitCodes.Failure;
            }
            if (messages.Updates.Count == 0)
            {
                cli.Console.MarkupLine($"No digest for {Markup.Escape(container)}: nothing moved, shipped or arrived since the last one, or updates: digest-to names no target.");
                return ExitCodes.Ok;
            }
            return deliver ? await SendAsync(cli, services, messages.Updates, ct) : await PreviewAsync(cli, services, messages.Updates, ct);
        });
        return command;
    }

    private static async Task<int> PreviewAsync(CliContext cli, IServiceProvider services, IReadOnlyList<UpdateMessage> updates, CancellationToken ct)
    {
        var renderer = services.GetRequiredService<UpdateRenderer>();
        var channels = services.GetRequiredService<IEnumerable<IUpdateChannel>>();
        foreach (var update in updates)
        {
            var dialect = channels.FirstOrDefault(c => c.Handles(update.Target.Kind))?.Dialect ?? TextDialect.Markdown;
            await cli.Output.WriteLineAsync($"--- digest of {update.Container} to {update.Target} ({dialect}) ---");
            await cli.Output.WriteLineAsync(await renderer.RenderAsync(update, dialect, mentions: false, ct));
        }
        return ExitCodes.Ok;
    }

    private static async Task<int> SendAsync(CliContext cli, IServiceProvider services, IReadOnlyList<UpdateMessage> updates, CancellationToken ct)
    {
        var deliverer = services.GetRequiredService<UpdateDeliverer>();
        var deliveries = services.GetRequiredService<IUpdateDeliveryLog>();
        var failed = 0;
        foreach (var update in updates)
        {
            var outcome = await deliverer.HandleAsync(new Queues.QueueDelivery(Storage.StorageNames.UpdatesQueue, update.ToQueueText(), DequeueCount: 1), ct);
            if (outcome.Disposition == Queues.MessageDisposition.Deferred)
            {
                // A transient failure: the app's updates queue retries it with the usual back-off.
                await services.GetRequiredService<UpdateQueue>().EnqueueAsync(update, ct);
                cli.Console.MarkupLine($"[yellow]WARN[/] {Markup.Escape(update.Target.ToString())}: not delivered yet; queued on the updates queue, which the running app retries (--verbose shows why)");
            }
            else if (await deliveries.GetAsync(update, ct) == DeliveryState.Delivered)
            {
                cli.Console.MarkupLine($"[green]OK[/]   {Markup.Escape(update.Target.ToString())}: delivered");
            }
            else
            {
                failed++;
                cli.Console.MarkupLine($"[red]FAIL[/] {Markup.Escape(update.Target.ToString())}: could not be delivered; kept in updates-poison with the reason (--verbose shows it)");
            }
        }
        return failed > 0 ? ExitCodes.Failure : ExitCodes.Ok;
    }

    /// <summary>The digest's messages, kept here instead of queued, to deliver or print them now.</summary>
    private sealed class CollectedUpdates : IUpdateQueue
    {
        public List<UpdateMessage> Updates { get; } = [];

        public Task EnqueueAsync(UpdateMessage update, CancellationToken ct)
        {
            Updates.Add(update);
            return Task.CompletedTask;
        }
    }
}

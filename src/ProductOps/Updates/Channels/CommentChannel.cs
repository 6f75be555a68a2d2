using ProductOps.Events;
using ProductOps.WorkItems;

namespace ProductOps.Updates.Channels;

/// <summary>
/// A comment on the item, or on a tracking issue (a GitHub issue number or a Jira issue key), through
/// the tracker port: GitHub Markdown, or Jira ADF converted from the same Markdown. The comment carries
/// a hidden marker with the update's id, so an attempt after a crash finds it instead of posting twice.
/// </summary>
public sealed class CommentChannel(IEnumerable<ITrackerProvider> providers) : IUpdateChannel
{
    public TextDialect Dialect => TextDialect.Markdown;

    public bool Handles(UpdateTargetKind kind) => kind is UpdateTargetKind.Item or UpdateTargetKind.Issue;

    public static string Marker(UpdateMessage update) => "update-" + update.Id;

    public async Task SendAsync(UpdateMessage update, string text, bool retry, CancellationToken ct)
    {
        var provider = providers.FirstOrDefault(p => p.Name == update.Provider)
            ?? throw new UpdateDeliveryException($"No tracker named '{update.Provider}' is configured.", permanent: true);
        var issue = update.Target.Kind == UpdateTargetKind.Issue
            ? new ItemKey(update.Provider, update.Container, update.Target.Name!)
            : update.Item ?? throw new UpdateDeliveryException($"A {update.Template} update is about no item; send it to an `issue:` instead.", permanent: true);

        var session = provider.OpenContainer(update.Container, update.Scope);
        var content = new MarkedCommentContent(Marker(update), text);
        try
        {
            if (retry && await session.FindCommentAsync(issue, content.Marker, ct) is not null)
            {
                return;
            }
            await session.CreateCommentAsync(issue, content, ct);
        }
        catch (Exception e) when (provider.PermanentFailure(e, issue) is { } why)
        {
            throw new UpdateDeliveryException(why, permanent: true, e);
        }
    }
}

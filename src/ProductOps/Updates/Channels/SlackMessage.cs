namespace ProductOps.Updates.Channels;

public sealed record SlackMessage(string Text, IReadOnlyList<SlackBlock> Blocks);

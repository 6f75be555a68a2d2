namespace ProductOps.Updates.Channels;

public sealed record SlackBlock(string Type, SlackText Text);

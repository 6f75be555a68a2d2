namespace ProductOps.Updates.Channels;

public sealed record SlackText(string Type, string Text);

namespace ProductOps.Updates.Channels;

public sealed record TeamsMessage(string Type, IReadOnlyList<TeamsAttachment> Attachments);

namespace ProductOps.Configuration;

/// <summary>A file's last good text and when it was saved as good.</summary>
public sealed record LastGoodConfig(string Text, DateTimeOffset SavedAt);

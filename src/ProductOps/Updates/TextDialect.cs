namespace ProductOps.Updates;

/// <summary>Markdown (GitHub, Jira through ADF, JSON webhooks), Slack mrkdwn, or Teams' Adaptive Card Markdown.</summary>
public enum TextDialect { Markdown, Slack, Teams }

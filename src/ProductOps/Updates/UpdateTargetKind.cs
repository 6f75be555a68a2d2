namespace ProductOps.Updates;

public enum UpdateTargetKind { Item, Issue, Slack, Teams, Webhook }

namespace ProductOps.Events;

public static class Providers
{
    public const string GitHub = "github";
    public const string Jira = "jira";
}

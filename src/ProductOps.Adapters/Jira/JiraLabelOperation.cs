namespace ProductOps.Jira;

/// <summary>One <c>{"add": "x"}</c> or <c>{"remove": "x"}</c> operation: other labels are left as they are.</summary>
public sealed record JiraLabelOperation(string? Add = null, string? Remove = null)
{
    public static JiraLabelOperation Adding(string label) => new(Add: label);

    public static JiraLabelOperation Removing(string label) => new(Remove: label);
}

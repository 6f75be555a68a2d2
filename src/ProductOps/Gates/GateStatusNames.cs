namespace ProductOps.Gates;

public static class GateStatusNames
{
    /// <summary>The name stored in the board index and shown in comments.</summary>
    public static string Name(this GateStatus status) => status switch
    {
        GateStatus.Passed => "passed",
        GateStatus.Conditional => "conditional",
        _ => "failed",
    };
}

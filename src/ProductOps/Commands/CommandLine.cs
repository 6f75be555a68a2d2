namespace ProductOps.Commands;

/// <summary>One command as written: <c>/kpi activation 47%</c> gives ("kpi", "activation 47%").</summary>
public sealed record CommandLine(string Name, string Arguments);

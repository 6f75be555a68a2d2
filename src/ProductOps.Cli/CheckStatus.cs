namespace ProductOps.Cli;

public enum CheckStatus { Ok, Warn, Fail }
